package io.ismsflow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.audit.Audit;
import io.ismsflow.audit.Audits;
import io.ismsflow.audit.FindingType;
import io.ismsflow.context.ContextIssue;
import io.ismsflow.context.IssueStatus;
import io.ismsflow.context.OrganisationContext;
import io.ismsflow.corrective.CorrectiveAction;
import io.ismsflow.corrective.Nonconformities;
import io.ismsflow.corrective.Nonconformity;
import io.ismsflow.corrective.NonconformityState;
import io.ismsflow.corrective.Severity;
import io.ismsflow.measurement.Evaluation;
import io.ismsflow.measurement.Improvement;
import io.ismsflow.measurement.ImprovementSource;
import io.ismsflow.measurement.ImprovementStatus;
import io.ismsflow.measurement.Improvements;
import io.ismsflow.measurement.Metric;
import io.ismsflow.measurement.Metrics;
import io.ismsflow.measurement.Objective;
import io.ismsflow.measurement.Objectives;
import io.ismsflow.review.InputPack.Figure;
import io.ismsflow.review.InputPack.Input;
import io.ismsflow.review.InputPack.Line;
import io.ismsflow.risk.Acceptance;
import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskLevel;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.RiskStatus;
import io.ismsflow.risk.TreatmentAction;
import io.ismsflow.risk.TreatmentPlans;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.Labels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Compiles a management review's inputs (9.3.2 a–g) from the modules that own them, through their services: each input
 * with its figures, the same figures at the previous review (the trend) and the records behind them.
 */
@Component
class ReviewInputs {

    private final ReviewActionRepository actions;
    private final OrganisationContext context;
    private final Nonconformities nonconformities;
    private final Metrics metrics;
    private final Audits audits;
    private final Objectives objectives;
    private final RiskRegister risks;
    private final TreatmentPlans treatments;
    private final Improvements improvements;
    private final Labels labels;
    private final ObjectMapper json;

    ReviewInputs(ReviewActionRepository actions, OrganisationContext context, Nonconformities nonconformities, Metrics metrics, Audits audits,
                 Objectives objectives, RiskRegister risks, TreatmentPlans treatments, Improvements improvements, Labels labels, ObjectMapper json) {
        this.actions = actions;
        this.context = context;
        this.nonconformities = nonconformities;
        this.metrics = metrics;
        this.audits = audits;
        this.objectives = objectives;
        this.risks = risks;
        this.treatments = treatments;
        this.improvements = improvements;
        this.labels = labels;
        this.json = json;
    }

    InputPack compile(ManagementReview review, Optional<ManagementReview> previous, Instant since, LocalDate today, Instant now) {
        Optional<InputPack> earlier = previous.map(this::read);
        Period sinceTheLastReview = new Period(since, now);
        List<Input> inputs = List.of(previousActions(review, today), issues(sinceTheLastReview), parties(sinceTheLastReview),
                nonconformities(sinceTheLastReview, today), measurement(), auditResults(sinceTheLastReview), objectives(today),
                feedback(sinceTheLastReview), risks(today), improvements());
        return new InputPack(review.getPeriod(), previous.map(ManagementReview::getPeriod).orElse(null), since, now,
                inputs.stream().map(input -> withTrend(input, earlier.flatMap(pack -> pack.input(input.key())))).toList());
    }

    String write(InputPack pack) {
        try {
            return json.writeValueAsString(pack);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The input pack of " + pack.period() + " cannot be written", e);
        }
    }

    InputPack read(ManagementReview review) {
        try {
            return json.readValue(review.inputsJson(), InputPack.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The input pack of " + review.getPeriod() + " cannot be read", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Input withTrend(Input input, Optional<Input> earlier) {
        return new Input(input.key(), input.title(), input.clause(), input.figures().stream().map(figure -> figure.withPrevious(
                earlier.flatMap(previous -> previous.figure(figure.label())).map(Figure::value).orElse(null))).toList(), input.lines());
    }

    /** a) The actions of earlier reviews: open, done, overdue, with their owners. */
    private Input previousActions(ManagementReview review, LocalDate today) {
        List<ReviewAction> earlier = actions.findAllByOrderById().stream().filter(action -> action.getReview() != review.getId()).toList();
        return new Input("a", "Status of actions from previous management reviews", "9.3.2 a", List.of(
                count("Open", earlier, action -> action.getState() == ReviewAction.State.OPEN),
                count("Overdue", earlier, action -> action.isOverdue(today)),
                count("Done", earlier, action -> action.getState() == ReviewAction.State.DONE)),
                earlier.stream().filter(action -> action.getState() == ReviewAction.State.OPEN || action.getDoneAt() != null)
                        .map(action -> new Line("%s %s — %s, due %s: %s".formatted(action.getCode(), action.getTitle(), action.getOwner(),
                                action.getDueOn(), action.isOverdue(today) ? "overdue" : labels.of(action.getState()).toLowerCase(Locale.ROOT)),
                                "/management-reviews/actions/" + action.getCode())).toList());
    }

    /** b) Changes in external and internal issues, and the climate decision in force. */
    private Input issues(Period since) {
        List<ContextIssue> all = context.issues();
        List<Line> lines = new ArrayList<>();
        all.forEach(issue -> changesSince(context.trailOf(issue.getId()), since).ifPresent(what -> lines.add(new Line(
                "%s %s (%s, %s): %s".formatted(issue.getCode(), issue.getTitle(), labels.of(issue.getOrigin()).toLowerCase(Locale.ROOT),
                        labels.of(issue.getStatus()).toLowerCase(Locale.ROOT), what), "/context/issues/" + issue.getId()))));
        lines.add(context.climateDecision().map(decision -> new Line("Climate change %s relevant to the ISMS (decided %s by %s): %s"
                .formatted(decision.relevant() ? "is" : "is not", decision.decidedOn(), decision.decidedBy(), decision.rationale()), "/context"))
                .orElse(new Line("No decision recorded whether climate change is a relevant issue (4.1, amended 2024): a gap", "/context")));
        return new Input("b", "Changes in external and internal issues", "9.3.2 b", List.of(
                count("Issues in force", all, issue -> issue.getStatus() == IssueStatus.ACTIVE),
                new Figure("Changed since the last review", String.valueOf(lines.size() - 1), "issues", null)), lines);
    }

    /** c) Changes in the needs and expectations of interested parties. */
    private Input parties(Period since) {
        var all = context.parties();
        List<Line> lines = new ArrayList<>();
        all.forEach(party -> changesSince(context.trailOfParty(party.getId()), since).ifPresent(what -> lines.add(new Line(
                "%s %s: %s".formatted(party.getCode(), party.getName(), what), "/context/parties/" + party.getId()))));
        return new Input("c", "Changes in needs and expectations of interested parties", "9.3.2 c", List.of(
                count("Parties in force", all, party -> party.getStatus() == IssueStatus.ACTIVE),
                new Figure("Requirements not addressed", String.valueOf(all.stream().filter(party -> party.getStatus() == IssueStatus.ACTIVE)
                        .mapToLong(party -> party.getNotAddressed()).sum()), "requirements", null),
                new Figure("Changed since the last review", String.valueOf(lines.size()), "parties", null)), lines);
    }

    /** d1) Nonconformities and corrective actions, with the last four quarters' counts. */
    private Input nonconformities(Period since, LocalDate today) {
        List<Nonconformity> all = nonconformities.find(null, null, null).stream().filter(nc -> !nc.getRaisedAt().isAfter(since.until())).toList();
        Predicate<Nonconformity> open = nc -> nc.getState() != NonconformityState.CLOSED;
        List<Nonconformity> raised = all.stream().filter(nc -> since.contains(nc.getRaisedAt())).toList();
        Map<String, Long> bySource = raised.stream().collect(Collectors.groupingBy(nc -> labels.of(nc.getSource()), TreeMap::new, Collectors.counting()));
        List<Figure> figures = new ArrayList<>(List.of(
                count("Raised since the last review", raised, nc -> true),
                count("Closed since the last review", all, nc -> nc.getClosedAt() != null && since.contains(nc.getClosedAt())),
                count("Open", all, open),
                count("Open major", all, open.and(nc -> nc.getSeverity() == Severity.MAJOR)),
                count("Corrective actions overdue", all.stream().filter(open).flatMap(nc -> nonconformities.currentActions(nc).stream()).toList(),
                        action -> action.getState() == CorrectiveAction.State.PLANNED && action.getDueDate().isBefore(today))));
        latestOf("effective-at-first-verification").ifPresent(figures::add);
        latestOf("actions-done-on-time").ifPresent(figures::add);
        List<Line> lines = new ArrayList<>();
        Map<String, Long> byQuarter = all.stream().filter(nc -> !nc.getRaisedAt().isBefore(today.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .collect(Collectors.groupingBy(nc -> ReviewPeriod.quarterOf(LocalDate.ofInstant(nc.getRaisedAt(), ZoneOffset.UTC)).toString(),
                        TreeMap::new, Collectors.counting()));
        if (!byQuarter.isEmpty()) {
            lines.add(new Line("Raised per quarter: " + byQuarter.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", ")), "/nonconformities"));
        }
        if (!bySource.isEmpty()) {
            lines.add(new Line("Raised by source: " + bySource.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", ")), "/nonconformities"));
        }
        all.stream().filter(open).forEach(nc -> lines.add(new Line("%s %s (%s, %s)".formatted(nc.getCode(), nc.getTitle(),
                labels.of(nc.getSeverity()).toLowerCase(Locale.ROOT), labels.of(nc.getState()).toLowerCase(Locale.ROOT)),
                "/nonconformities/" + nc.getId())));
        return new Input("d1", "Nonconformities and corrective actions", "9.3.2 d 1", figures, lines);
    }

    /** d2) Monitoring and measurement results: every metric's latest result. */
    private Input measurement() {
        List<Figure> figures = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Metric metric : metrics.catalogue()) {
            metrics.latest(metric.getId()).ifPresent(result -> {
                figures.add(new Figure(metric.getName(), result.value().toPlainString(), metric.getUnit(), null));
                if (result.evaluation() != Evaluation.ON_TARGET) {
                    lines.add(new Line("%s: %s %s in %s, %s (target %s)".formatted(metric.getName(), result.value().toPlainString(), metric.getUnit(),
                            result.period(), labels.of(result.evaluation()).toLowerCase(Locale.ROOT), metric.getTarget().toPlainString()),
                            "/metrics/" + metric.getId()));
                }
            });
        }
        return new Input("d2", "Monitoring and measurement results", "9.3.2 d 2", figures, lines);
    }

    /** d3) Audit results since the last review, and the programme's completion. */
    private Input auditResults(Period since) {
        List<Audit> reported = audits.reportedSince(since.from()).stream()
                .filter(audit -> !audit.getReportedAt().isAfter(since.until())).toList();
        List<Figure> figures = new ArrayList<>(List.of(new Figure("Audits reported since the last review", String.valueOf(reported.size()), "audits", null)));
        for (FindingType type : FindingType.values()) {
            figures.add(new Figure(labels.of(type) + " findings", String.valueOf(reported.stream().flatMap(audit -> audit.getFindings().stream())
                    .filter(finding -> finding.type() == type).count()), "findings", null));
        }
        latestOf("audit-programme-completion").ifPresent(figures::add);
        return new Input("d3", "Audit results", "9.3.2 d 3", figures, reported.stream().map(audit -> new Line("%s %s: %d findings".formatted(
                audit.getCode(), audits.areaOf(audit).getName(), audit.getFindings().size()), "/audits/" + audit.getCode())).toList());
    }

    /** d4) Fulfilment of the information security objectives. */
    private Input objectives(LocalDate today) {
        List<Objective> all = objectives.all();
        Map<String, Long> byFulfilment = all.stream().collect(Collectors.groupingBy(objective -> labels.of(objectives.standing(objective.getId(), today)
                .now()), TreeMap::new, Collectors.counting()));
        return new Input("d4", "Fulfilment of information security objectives", "9.3.2 d 4",
                byFulfilment.entrySet().stream().map(entry -> new Figure(entry.getKey(), String.valueOf(entry.getValue()), "objectives", null)).toList(),
                all.stream().map(objective -> new Line("%s %s: %s".formatted(objective.getCode(), objective.getTitle(),
                        labels.of(objectives.standing(objective.getId(), today).now()).toLowerCase(Locale.ROOT)), "/objectives/" + objective.getId()))
                        .toList());
    }

    /** e) Feedback from interested parties since the last review. */
    private Input feedback(Period since) {
        LocalDate from = LocalDate.ofInstant(since.from(), ZoneOffset.UTC);
        LocalDate until = LocalDate.ofInstant(since.until(), ZoneOffset.UTC);
        List<Line> lines = new ArrayList<>();
        context.parties().forEach(party -> context.feedbackFrom(party.getId()).stream()
                .filter(given -> !given.receivedOn().isBefore(from) && !given.receivedOn().isAfter(until))
                .forEach(given -> lines.add(new Line("%s, %s (%s): %s".formatted(party.getName(), given.receivedOn(),
                        labels.of(given.channel()).toLowerCase(Locale.ROOT), given.summary()), "/context/parties/" + party.getId()))));
        return new Input("e", "Feedback from interested parties", "9.3.2 e",
                List.of(new Figure("Feedback received since the last review", String.valueOf(lines.size()), "items", null)), lines);
    }

    /** f) Results of risk assessment and status of the risk treatment plan. */
    private Input risks(LocalDate today) {
        List<Risk> open = risks.all().stream().filter(risk -> risk.getStatus() != RiskStatus.CLOSED).toList();
        List<Figure> figures = new ArrayList<>(List.of(count("Risks", open, risk -> true)));
        for (RiskLevel level : RiskLevel.values()) {
            figures.add(count("Residual " + labels.of(level).toLowerCase(Locale.ROOT), open, risk -> risk.getResidualLevel() == level));
        }
        figures.add(count("Above the appetite, not accepted", open, risk -> risk.getAcceptance() == Acceptance.ABOVE_APPETITE));
        figures.add(count("Residual risks accepted above the appetite", open, risk -> risk.getAcceptance() == Acceptance.ACCEPTED));
        figures.add(count("Reviews overdue", open, risk -> risk.getNextReviewDue().isBefore(today)));
        List<TreatmentAction> actionsOpen = treatments.all().stream().filter(action -> action.getStatus() != TreatmentAction.Status.DONE).toList();
        figures.add(count("Treatment actions open", actionsOpen, action -> true));
        return new Input("f", "Results of risk assessment and status of risk treatment", "9.3.2 f", figures, open.stream()
                .filter(risk -> risk.getAcceptance() == Acceptance.ABOVE_APPETITE).map(risk -> new Line("%s %s: residual %s, above the appetite"
                        .formatted(risk.getCode(), risk.getTitle(), labels.of(risk.getResidualLevel()).toLowerCase(Locale.ROOT)), "/risks/" + risk.getId()))
                .toList());
    }

    /** g) Opportunities for continual improvement, the internal audit's among them. */
    private Input improvements() {
        List<Improvement> open = improvements.all().stream().filter(improvement -> improvement.getStatus() == ImprovementStatus.PROPOSED
                || improvement.getStatus() == ImprovementStatus.DEFERRED || improvement.getStatus() == ImprovementStatus.ADOPTED).toList();
        return new Input("g", "Opportunities for continual improvement", "9.3.2 g", List.of(
                count("Open", open, improvement -> true),
                count("Waiting for a decision", open, improvement -> improvement.getStatus() != ImprovementStatus.ADOPTED),
                count("From internal audits", open, improvement -> improvement.getSource() == ImprovementSource.INTERNAL_AUDIT)),
                open.stream().map(improvement -> new Line("%s %s (%s, %s)".formatted(improvement.getCode(), improvement.getDescription(),
                        labels.of(improvement.getSource()).toLowerCase(Locale.ROOT), labels.of(improvement.getStatus()).toLowerCase(Locale.ROOT)),
                        "/improvements/" + improvement.getId())).toList());
    }

    private Optional<Figure> latestOf(String key) {
        return metrics.byKey(key).flatMap(metric -> metrics.latest(metric.getId())
                .map(result -> new Figure(metric.getName(), result.value().toPlainString(), metric.getUnit(), null)));
    }

    /** What happened to a register entry in the period ("changed 2 times, last on …"), if anything. */
    private Optional<String> changesSince(List<TrailEntry> trail, Period since) {
        List<TrailEntry> recent = trail.stream().filter(entry -> since.contains(entry.occurredAt())).toList();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        TrailEntry last = recent.getLast();
        return Optional.of("%s on %s".formatted(recent.stream().map(entry -> labels.action(entry.entityType(), entry.action()))
                .distinct().collect(Collectors.joining(", ")), LocalDate.ofInstant(last.occurredAt(), ZoneOffset.UTC)));
    }

    /**
     * From the last review to the instant the pack is compiled: what happened later (a pack compiled for an earlier
     * date, as the demo's are) is not part of it.
     */
    private record Period(Instant from, Instant until) {
        boolean contains(Instant instant) {
            return !instant.isBefore(from) && !instant.isAfter(until);
        }
    }

    private static <T> Figure count(String label, List<T> items, Predicate<T> which) {
        return new Figure(label, String.valueOf(items.stream().filter(which).count()), null, null);
    }
}
