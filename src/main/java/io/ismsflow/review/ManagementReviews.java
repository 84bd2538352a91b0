package io.ismsflow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.security.Groups;
import io.ismsflow.security.IsmsUsers;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.RefusedException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The management reviews (9.3): requested once per period (a unique key, with the message that starts the process in
 * the same transaction), their input pack compiled and frozen, prepared, held, and their minutes approved under four
 * eyes and frozen; a review not held by its deadline is missed.
 */
@Service
@Transactional
public class ManagementReviews {

    public static final String PROCESS_ID = "management-review";
    static final String DUE_MESSAGE = "management-review-due";
    static final String ENTITY = "management-review";

    private final ManagementReviewRepository reviews;
    private final ReviewActionRepository reviewActions;
    private final ReviewInputs inputs;
    private final ReviewMinutes minutes;
    private final IsmsUsers users;
    private final RiskRegister risks;
    private final EngineOutbox outbox;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    ManagementReviews(ManagementReviewRepository reviews, ReviewActionRepository reviewActions, ReviewInputs inputs, ReviewMinutes minutes, IsmsUsers users, RiskRegister risks,
                      EngineOutbox outbox, AuditTrail trail, TransactionTemplate transaction, ObjectMapper json, Clock clock) {
        this.reviews = reviews;
        this.reviewActions = reviewActions;
        this.inputs = inputs;
        this.minutes = minutes;
        this.users = users;
        this.risks = risks;
        this.outbox = outbox;
        this.trail = trail;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** The quarter's review, planned on its first working day; 409 when the period has one. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ManagementReview request(String period, Actor actor) {
        ReviewPeriod parsed = ReviewPeriod.parse(period).filter(found -> !found.isExtraordinary())
                .orElseThrow(() -> new InvalidFieldsException(Map.of("period", "must be a quarter such as 2027-Q1")));
        return start(ManagementReview.requested(parsed, null, parsed.firstWorkingDay(), actor.person(), clock.instant()), actor);
    }

    /** An extraordinary review now (after a major incident, say), with the reason: 2027-Q1-X1, -X2… */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ManagementReview requestExtraordinary(String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldsException(Map.of("reason", "is required: why the review cannot wait for the quarter's"));
        }
        LocalDate today = LocalDate.now(clock);
        ReviewPeriod quarter = ReviewPeriod.quarterOf(today);
        ReviewPeriod period = quarter.extraordinary(reviews.countExtraordinaryIn(quarter.toString()) + 1);
        return start(ManagementReview.requested(period, reason.trim(), today, actor.person(), clock.instant()), actor);
    }

    private ManagementReview start(ManagementReview requested, Actor actor) {
        if (reviews.findByPeriod(requested.getPeriod()).isPresent()) {
            throw alreadyRequested(requested.getPeriod());
        }
        try {
            return transaction.execute(status -> {
                ManagementReview review = reviews.save(requested);
                trail.record(ENTITY, review.getId(), "requested", null, review, actor);
                outbox.publishAfterCommit(ProcessMessage.start(DUE_MESSAGE, review.getPeriod(), Map.of("reviewId", review.getId(),
                        "period", review.getPeriod(), "requestedBy", actor.person())));
                return review;
            });
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw alreadyRequested(requested.getPeriod());
            }
            throw e;
        }
    }

    private static ConflictException alreadyRequested(String period) {
        return new ConflictException("The management review of %s exists already: one review per period".formatted(period));
    }

    /**
     * 9.3.2: compiles the inputs a–g and freezes them (JSON with its SHA-256): a redelivered job keeps the first pack,
     * and later changes to the records never change it.
     */
    public ManagementReview compileInputs(long id, Actor actor) {
        ManagementReview review = get(id);
        Optional<ManagementReview> previous = reviews.findLastHeldBefore(id);
        var since = previous.map(ManagementReview::getHeldAt)
                .orElse(review.getPlannedOn().minusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC));
        InputPack pack = inputs.compile(review, previous, since, LocalDate.now(clock), clock.instant());
        String written = inputs.write(pack);
        return change(id, "inputs-compiled", taken -> taken.inputsTaken(pack.previousPeriod(), written, ReviewInputs.sha256(written),
                clock.instant()), actor);
    }

    /** The ISMS manager's preparation: agenda, meeting date and attendees, at least one of them from top management. */
    public ManagementReview prepare(long id, String agenda, LocalDate meetingOn, List<String> attendees, Actor actor) {
        requireTopManagement(attendees);
        return change(id, "prepared", review -> review.prepare(agenda, meetingOn, attendees, actor.person()), actor);
    }

    /** The ISMS manager's commentary on one input while preparing (a draft on the review's page). */
    public ManagementReview comment(long id, String inputKey, String text, Actor actor) {
        return change(id, "commented", review -> review.comment(inputKey, text), actor);
    }

    /** Top management's note on one input during the meeting (a draft on the review's page). */
    public ManagementReview note(long id, String inputKey, String text, Actor actor) {
        return change(id, "noted", review -> review.note(inputKey, text), actor);
    }

    void requireTopManagement(List<String> attendees) {
        boolean present = attendees != null && users.inGroup(Groups.TOP_MANAGEMENT).stream().anyMatch(member -> attendees.contains(member.username()));
        if (!present) {
            throw new InvalidFieldsException(Map.of("attendees", "must include at least one member of top management (9.3.1)"));
        }
    }

    /** The meeting (9.3.1, 9.3.3): conclusion, notes, decisions and the actions, which take effect with the approved minutes. */
    public ManagementReview hold(long id, Meeting meeting, Actor actor) {
        String actionsJson = actionsJson(meeting.actions());
        List<ManagementReview.Decision> decisions = IntStream.range(0, meeting.decisions().size())
                .mapToObj(i -> new ManagementReview.Decision(i + 1, meeting.decisions().get(i).type(), meeting.decisions().get(i).text(),
                        meeting.decisions().get(i).needsCorrectiveAction(), blankToNull(meeting.decisions().get(i).riskCode()), null)).toList();
        requireKnownRisks(decisions);
        return change(id, "held", review -> review.hold(meeting.conclusion(), meeting.notes(), meeting.climateReconfirmed(), decisions, actionsJson,
                actor.person(), clock.instant()), actor);
    }

    /**
     * Top management's decision on the minutes; never by whoever prepared the review (four eyes). Approved, they are
     * frozen (HTML and PDF with their SHA-256); sent back, the meeting's record is changed with the reason.
     */
    public ManagementReview reviewMinutes(long id, boolean approved, String reason, Actor actor) {
        ManagementReview review = get(id);
        if (actor.person().equals(review.getPreparedBy())) {
            throw new RefusedException("The minutes of " + review.getPeriod() + " are approved by someone who did not prepare the review (four eyes)");
        }
        if (review.getStatus() == ReviewStatus.HELD) {
            return review;
        }
        if (!approved) {
            return change(id, "minutes-sent-back", back -> back.minutesSentBack(reason), actor);
        }
        long document = minutes.freeze(review, plannedActions(review), actor).id();
        return change(id, "minutes-approved", held -> held.minutesApproved(actor.person(), document, clock.instant()), actor);
    }

    /** 9.3: the review was not held by its deadline; raises the nonconformity once ({@code MR-2027-Q1-missed}). */
    public ManagementReview missed(long id, Actor actor) {
        ManagementReview review = get(id);
        var before = trail.snapshot(review);
        if (!review.missed(clock.instant())) {
            return review;
        }
        ManagementReview saved = reviews.save(review);
        trail.record(ENTITY, id, "missed", before, saved, actor);
        outbox.publishAfterCommit(ProcessMessage.start(ReviewOutputs.NONCONFORMITY_RAISED, review.missedReference(), Map.of("raisedBy",
                actor.person(), "nonconformity", Map.of("reference", review.missedReference(), "source", "MANAGEMENT_REVIEW",
                        "sourceReference", review.getPeriod(), "title", "Management review " + review.getPeriod() + " not held at the planned interval",
                        "description", "The management review planned for %s was not held by its deadline (9.3.1: at planned intervals)."
                                .formatted(review.getPlannedOn()), "severity", "MAJOR", "owner", ownerOfMissed(review), "controls", List.of(),
                        "risks", List.of()))));
        return saved;
    }

    private String ownerOfMissed(ManagementReview review) {
        return review.getPreparedBy() != null ? review.getPreparedBy()
                : users.inGroup(Groups.ISMS_MANAGERS).stream().map(IsmsUsers.User::username).findFirst().orElse(review.getRequestedBy());
    }

    /** Every risk a decision names is in the register; the first that is not is named as {@code decisions[i].riskCode}. */
    void requireKnownRisks(List<ManagementReview.Decision> decisions) {
        decisions.stream().filter(decision -> decision.riskCode() != null && risks.findByCode(decision.riskCode()).isEmpty()).findFirst()
                .ifPresent(unknown -> {
                    throw new InvalidFieldsException(Map.of("decisions[%d].riskCode".formatted(unknown.number() - 1),
                            unknown.riskCode() + " is not a risk of the register"));
                });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    String actionsJson(List<PlannedReviewAction> actions) {
        try {
            return json.writeValueAsString(actions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The actions cannot be written", e);
        }
    }

    /** The actions the meeting decided, as drafted. */
    List<PlannedReviewAction> plannedActions(ManagementReview review) {
        if (review.plannedActionsJson() == null) {
            return List.of();
        }
        try {
            return json.readValue(review.plannedActionsJson(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The actions of " + review.getPeriod() + " cannot be read", e);
        }
    }

    /**
     * Where the management review stands for the dashboard: the last review held, the next one planned, how many of the
     * reviews' actions are open and overdue, and whether the last review due was missed.
     */
    public record Standing(String lastHeld, LocalDate lastHeldOn, String next, LocalDate nextPlannedOn, long openActions, long overdueActions,
                           boolean lastMissed) {
    }

    @Transactional(readOnly = true)
    public Standing standing() {
        List<ManagementReview> all = all();
        LocalDate today = LocalDate.now(clock);
        Optional<ManagementReview> held = all.stream().filter(review -> review.getStatus() == ReviewStatus.HELD).findFirst();
        Optional<ManagementReview> upcoming = all.stream().filter(review -> review.getStatus() != ReviewStatus.HELD
                && review.getStatus() != ReviewStatus.MISSED).reduce((later, earlier) -> earlier);
        ReviewPeriod nextQuarter = ReviewPeriod.quarterOf(ReviewPeriod.quarterOf(today).firstWorkingDay().plusMonths(3));
        List<ReviewAction> actions = reviewActions.findAllByOrderById();
        return new Standing(held.map(ManagementReview::getPeriod).orElse(null), held.map(ManagementReview::getMeetingOn).orElse(null),
                upcoming.map(ManagementReview::getPeriod).orElse(nextQuarter.toString()),
                upcoming.map(ManagementReview::getPlannedOn).orElse(nextQuarter.firstWorkingDay()),
                actions.stream().filter(action -> action.getState() == ReviewAction.State.OPEN).count(),
                actions.stream().filter(action -> action.isOverdue(today)).count(),
                all.stream().filter(review -> review.getStatus() == ReviewStatus.HELD || review.getStatus() == ReviewStatus.MISSED).findFirst()
                        .map(review -> review.getStatus() == ReviewStatus.MISSED).orElse(false));
    }

    @Transactional(readOnly = true)
    public ManagementReview get(long id) {
        return reviews.findById(id).orElseThrow(() -> new NoSuchElementException("Management review " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Optional<ManagementReview> ofPeriod(String period) {
        return reviews.findByPeriod(period);
    }

    @Transactional(readOnly = true)
    public List<ManagementReview> all() {
        return reviews.findAllByOrderByPlannedOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public InputPack inputsOf(ManagementReview review) {
        return inputs.read(review);
    }

    /** The reviews whose inputs were taken in [from, to). */
    @Transactional(readOnly = true)
    public List<ManagementReview> compiledBetween(Instant from, Instant to) {
        return reviews.findByInputsTakenAtGreaterThanEqualAndInputsTakenAtLessThanOrderByInputsTakenAt(from, to);
    }

    /** The input pack exactly as frozen: the text its SHA-256 was taken of. */
    public String frozenInputs(ManagementReview review) {
        return review.inputsJson();
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(ENTITY, String.valueOf(id));
    }

    /** Applies a change; when it changes nothing (a step done already) nothing is saved or recorded. */
    private ManagementReview change(long id, String action, Consumer<ManagementReview> step, Actor actor) {
        ManagementReview review = get(id);
        var before = trail.snapshot(review);
        step.accept(review);
        if (before.json().equals(trail.snapshot(review).json())) {
            return review;
        }
        ManagementReview saved = reviews.save(review);
        trail.record(ENTITY, id, action, before, saved, actor);
        return saved;
    }
}
