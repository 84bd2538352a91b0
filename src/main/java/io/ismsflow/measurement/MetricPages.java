package io.ismsflow.measurement;

import io.ismsflow.evidence.EvidenceFile;
import io.ismsflow.evidence.EvidenceFiles;
import io.ismsflow.evidence.EvidenceRefusedException;
import io.ismsflow.evidence.Upload;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.security.Groups;
import io.ismsflow.security.People;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.Csv;
import io.ismsflow.web.FormProblems;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Labels;
import io.ismsflow.web.PageLinks;
import io.ismsflow.web.RefusedException;
import io.ismsflow.web.TrailStories;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The metric catalogue (the 9.1 table an auditor asks for: what, how, when, who) and each metric's results. */
@Controller
class MetricPages {

    private final Metrics metrics;
    private final Labels labels;
    private final EvidenceFiles evidence;
    private final People people;
    private final Validator validator;
    private final TrailStories stories;

    MetricPages(Metrics metrics, Labels labels, EvidenceFiles evidence, People people, Validator validator, TrailStories stories) {
        this.metrics = metrics;
        this.labels = labels;
        this.evidence = evidence;
        this.people = people;
        this.validator = validator;
        this.stories = stories;
    }

    @GetMapping("/metrics")
    String catalogue(Authentication authentication, Model model) {
        model.addAttribute("metrics", metrics.catalogue());
        model.addAttribute("latest", latestOfAll());
        model.addAttribute("mayDefine", isIsmsManager(authentication));
        addDefinitionChoices(model);
        return "metrics";
    }

    private void addDefinitionChoices(Model model) {
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("groups", List.of(Groups.ISMS_MANAGERS, Groups.TOP_MANAGEMENT, Groups.RISK_OWNERS, Groups.AUDITORS));
        model.addAttribute("everyone", people.everyone());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
    }

    private static boolean isIsmsManager(Authentication authentication) {
        return CurrentUser.of(authentication).groups().contains(Groups.ISMS_MANAGERS);
    }

    /** The definition screen's fields; checked as a {@link MetricDraft}. */
    record MetricForm(String name, String measures, String method, String unit, Direction direction, BigDecimal target, BigDecimal warning,
                      Frequency frequency, String measuredBy, String evaluatedBy) {

        static MetricForm of(Metric metric) {
            Frequency frequency = metric.getKind() == Metric.Kind.MANUAL ? Frequency.valueOf(metric.getFrequency()) : null;
            return new MetricForm(metric.getName(), metric.getMeasures(), metric.getMethod(), metric.getUnit(), metric.getDirection(),
                    metric.getTarget(), metric.getWarning(), frequency, metric.getMeasuredBy(), metric.getEvaluatedBy());
        }

        MetricDraft draft() {
            return new MetricDraft(blankToNull(name), blankToNull(measures), blankToNull(method), blankToNull(unit), direction, target, warning,
                    frequency, blankToNull(measuredBy), blankToNull(evaluatedBy));
        }

        /** Shown with the other problems, not after them: the service makes the same check. */
        void addMisplacedWarning(Direction direction, Map<String, String> problems) {
            if (direction != null && target != null && warning != null) {
                Metric.misplacedWarning(direction, target, warning).ifPresent(problem -> problems.putIfAbsent("warning", problem));
            }
        }

        MetricThresholds thresholds(String reason, Long version) {
            return new MetricThresholds(target, warning, blankToNull(evaluatedBy), blankToNull(reason), version);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    /** Defines a manual metric (9.1 a–f); its first measurement starts when its first period ends. */
    @PostMapping("/metrics")
    String define(MetricForm form, BindingResult binding, Authentication authentication, Model model) {
        MetricDraft draft = form.draft();
        Map<String, String> problems = new TreeMap<>(FormProblems.of(binding, validator.validate(draft)));
        form.addMisplacedWarning(form.direction(), problems);
        if (problems.isEmpty()) {
            try {
                return "redirect:/metrics/" + metrics.defineManual(draft, Actor.of(authentication)).getId();
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        return catalogue(authentication, model);
    }

    /** Changes a manual metric's definition, with the reason; problems come back next to the fields. */
    @PostMapping("/metrics/{id}")
    String revise(@PathVariable long id, MetricForm form, BindingResult binding, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, Authentication authentication, Model model, RedirectAttributes redirect) {
        MetricRevision revision = new MetricRevision(form.draft(), reason == null || reason.isBlank() ? null : reason.trim(), version);
        return change(id, FormProblems.of(binding, validator.validate(revision)), () -> metrics.revise(id, revision, Actor.of(authentication)),
                form, reason, authentication, model, redirect);
    }

    /** Sets a metric's target, warning and evaluator, with the reason. */
    @PostMapping("/metrics/{id}/thresholds")
    String changeThresholds(@PathVariable long id, MetricForm form, BindingResult binding, @RequestParam(required = false) String reason,
                            @RequestParam(required = false) Long version, Authentication authentication, Model model, RedirectAttributes redirect) {
        MetricThresholds thresholds = form.thresholds(reason, version);
        return change(id, FormProblems.of(binding, validator.validate(thresholds)),
                () -> metrics.changeThresholds(id, thresholds, Actor.of(authentication)), form, reason, authentication, model, redirect);
    }

    private String change(long id, Map<String, String> checked, Supplier<Metric> change, MetricForm form, String reason,
                          Authentication authentication, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = new TreeMap<>();
        // A revision's definition fields are named "definition.name" by validation; the form's fields are "name".
        checked.forEach((field, problem) -> problems.putIfAbsent(field.replaceFirst("^definition\\.", ""), problem));
        form.addMisplacedWarning(form.direction() == null ? metrics.get(id).getDirection() : form.direction(), problems);
        if (problems.isEmpty()) {
            try {
                redirect.addFlashAttribute("notice", "The change to \"" + change.get().getName() + "\" is saved.");
                return "redirect:/metrics/" + id;
            } catch (InvalidFieldsException e) {
                problems.putAll(e.problems());
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        model.addAttribute("reason", reason);
        return metric(id, authentication, model);
    }

    /** Evidence of a period's measurement, added beside its task by whoever measures or an ISMS manager. */
    @PostMapping("/metrics/{id}/periods/{period}/evidence")
    String attach(@PathVariable long id, @PathVariable String period, @RequestParam MultipartFile file, @RequestParam(required = false) String back,
                  Authentication authentication, RedirectAttributes redirect) throws IOException {
        Metric metric = metrics.get(id);
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.name().equals(metric.getMeasuredBy()) && !user.groups().contains(Groups.ISMS_MANAGERS)) {
            throw new RefusedException("Evidence of \"" + metric.getName() + "\" is added by whoever measures it or an ISMS manager");
        }
        if (!period.matches("\\d{4}-(\\d{2}|Q[1-4])")) {
            throw new NoSuchElementException("No period " + period);
        }
        try {
            EvidenceFile stored = evidence.upload(new Upload(MeasurementTaskContext.EVIDENCE_OWNER, MeasurementTaskContext.evidenceId(id, period),
                    file.getOriginalFilename(), file.getBytes()), user.name());
            redirect.addFlashAttribute("notice", stored.getFilename() + " is kept as evidence of " + metric.getName() + ", " + period + ".");
        } catch (EvidenceRefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return PageLinks.redirectBack(back, "/metrics/" + id);
    }

    @GetMapping("/metrics/{id}")
    String metric(@PathVariable long id, Authentication authentication, Model model) {
        Metric metric = metrics.get(id);
        model.addAttribute("metric", metric);
        model.addAttribute("series", metrics.series(id));
        model.addAttribute("history", stories.of(metrics.trailOf(id)).reversed());
        model.addAttribute("mayChange", isIsmsManager(authentication));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MetricForm.of(metric));
        }
        addDefinitionChoices(model);
        return "metric";
    }

    /** The catalogue as CSV (UTF-8 with a byte order mark, so spreadsheets read it right). */
    @GetMapping("/metrics.csv")
    ResponseEntity<byte[]> export() {
        Map<Long, Optional<Measurement>> latest = latestOfAll();
        return Csv.download("metric-catalogue.csv", Stream.concat(Stream.of(Csv.row("Metric", "Measures", "Method", "Unit", "Direction", "Target", "Warning", "Frequency",
                        "Measured by", "Evaluated by", "Latest value", "Latest period", "Evaluation")),
                metrics.catalogue().stream().map(metric -> {
                    Optional<Measurement> last = latest.get(metric.getId());
                    return Csv.row(metric.getName(), metric.getMeasures(), metric.getMethod(), metric.getUnit(), labels.of(metric.getDirection()),
                            metric.getTarget().toPlainString(), metric.getWarning().toPlainString(), metric.getFrequency(), metric.getMeasuredBy(),
                            metric.getEvaluatedBy(), last.map(m -> m.value().toPlainString()).orElse(null), last.map(Measurement::period).orElse(null),
                            last.map(m -> labels.of(m.evaluation())).orElse(null));
                })).toList());
    }

    private Map<Long, Optional<Measurement>> latestOfAll() {
        return metrics.catalogue().stream().collect(Collectors.toMap(Metric::getId, metric -> metrics.latest(metric.getId())));
    }
}
