package io.ismsflow.review;

import io.ismsflow.web.ConflictException;
import io.ismsflow.web.InvalidFieldsException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A management review (9.3): its period and planned date, the input pack frozen when it was compiled (9.3.2, JSON with
 * its SHA-256), the preparation, the meeting's conclusion and decisions (9.3.1, 9.3.3), and the frozen minutes.
 */
@Table("management_review")
public class ManagementReview {

    @Table("management_review_attendee")
    record Attendee(String person) {
    }

    /**
     * A decision of the review (9.3.3), numbered D1, D2…: the risk whose review it starts, if any, and what it led to (a
     * nonconformity, an improvement, a risk review).
     */
    @Table("management_review_decision")
    public record Decision(int number, DecisionType type, String text, boolean needsCorrectiveAction, String riskCode, String ledTo) {
    }

    /** The commentary or the notes on one input. */
    @Table("management_review_input_text")
    record InputText(String inputKey, Kind kind, String text) {

        enum Kind {
            /** The ISMS manager's, while preparing. */
            COMMENTARY,
            /** Top management's, in the meeting. */
            NOTE
        }
    }

    static final List<String> INPUT_KEYS = List.of("a", "b", "c", "d1", "d2", "d3", "d4", "e", "f", "g");

    @Id
    private Long id;
    private String period;
    private String extraordinaryReason;
    private LocalDate plannedOn;
    private ReviewStatus status;
    private String requestedBy;
    private Instant requestedAt;
    private String previousPeriod;
    private String inputs;
    private String inputsSha256;
    private Instant inputsTakenAt;
    private String agenda;
    private LocalDate meetingOn;
    private String preparedBy;
    private String conclusion;
    private String notes;
    private Boolean climateReconfirmed;
    private String plannedActions;
    private String heldBy;
    private Instant heldAt;
    private String minutesReworkReason;
    private Long minutesDocument;
    private String minutesApprovedBy;
    private Instant minutesApprovedAt;
    private Instant missedAt;
    @MappedCollection(idColumn = "review", keyColumn = "review_key")
    private List<Attendee> attendees = new ArrayList<>();
    @MappedCollection(idColumn = "review", keyColumn = "review_key")
    private List<Decision> decisions = new ArrayList<>();
    @MappedCollection(idColumn = "review")
    private Set<InputText> inputTexts = new LinkedHashSet<>();
    @Version
    private Long version;

    @PersistenceCreator
    ManagementReview() {
    }

    static ManagementReview requested(ReviewPeriod period, String reason, LocalDate plannedOn, String by, Instant at) {
        ManagementReview review = new ManagementReview();
        review.period = period.toString();
        review.extraordinaryReason = reason;
        review.plannedOn = plannedOn;
        review.status = ReviewStatus.REQUESTED;
        review.requestedBy = by;
        review.requestedAt = at;
        return review;
    }

    /** The input pack as compiled, frozen: compiling again (a redelivered job) keeps the first one. @return false if kept */
    boolean inputsTaken(String previous, String pack, String sha256, Instant at) {
        if (inputs != null) {
            return false;
        }
        previousPeriod = previous;
        inputs = pack;
        inputsSha256 = sha256;
        inputsTakenAt = at;
        status = ReviewStatus.PREPARING;
        return true;
    }

    void prepare(String agenda, LocalDate meetingOn, List<String> attendees, String by) {
        requireStatus(ReviewStatus.PREPARING, "prepared");
        this.agenda = agenda;
        this.meetingOn = meetingOn;
        this.attendees = attendees.stream().distinct().map(Attendee::new).collect(Collectors.toCollection(ArrayList::new));
        preparedBy = by;
        status = ReviewStatus.HOLDING;
    }

    /** The ISMS manager's commentary on an input while preparing the review; blank removes it. */
    void comment(String inputKey, String text) {
        requireStatus(ReviewStatus.PREPARING, "commented on");
        setText(inputKey, InputText.Kind.COMMENTARY, text);
    }

    /** Top management's note on an input in the meeting; blank removes it. */
    void note(String inputKey, String text) {
        requireStatus(ReviewStatus.HOLDING, "noted on");
        setText(inputKey, InputText.Kind.NOTE, text);
    }

    private void setText(String inputKey, InputText.Kind kind, String text) {
        if (!INPUT_KEYS.contains(inputKey)) {
            throw new InvalidFieldsException(Map.of("input", inputKey + " is not an input of the review (a, b, c, d1–d4, e, f, g)"));
        }
        inputTexts.removeIf(existing -> existing.inputKey().equals(inputKey) && existing.kind() == kind);
        if (text != null && !text.isBlank()) {
            inputTexts.add(new InputText(inputKey, kind, text.strip()));
        }
    }

    void hold(String conclusion, String notes, boolean climateReconfirmed, List<Decision> decisions, String actionsJson, String by, Instant at) {
        requireStatus(ReviewStatus.HOLDING, "held");
        this.conclusion = conclusion;
        this.notes = notes;
        this.climateReconfirmed = climateReconfirmed;
        this.decisions = new ArrayList<>(decisions);
        plannedActions = actionsJson;
        heldBy = by;
        heldAt = at;
        minutesReworkReason = null;
        status = ReviewStatus.APPROVING;
    }

    void decisionLedTo(int number, String what) {
        decisions.replaceAll(decision -> decision.number() == number
                ? new Decision(number, decision.type(), decision.text(), decision.needsCorrectiveAction(), decision.riskCode(), what) : decision);
    }

    /** The minutes go back to the meeting's record with the reason. */
    void minutesSentBack(String reason) {
        requireStatus(ReviewStatus.APPROVING, "sent back");
        minutesReworkReason = reason;
        status = ReviewStatus.HOLDING;
    }

    /** @return false when approved already */
    boolean minutesApproved(String by, long document, Instant at) {
        if (status == ReviewStatus.HELD) {
            return false;
        }
        requireStatus(ReviewStatus.APPROVING, "approved");
        minutesApprovedBy = by;
        minutesDocument = document;
        minutesApprovedAt = at;
        status = ReviewStatus.HELD;
        return true;
    }

    /** @return false when it was held or marked missed already */
    boolean missed(Instant at) {
        if (status == ReviewStatus.MISSED || status == ReviewStatus.HELD || status == ReviewStatus.APPROVING) {
            return false;
        }
        status = ReviewStatus.MISSED;
        missedAt = at;
        return true;
    }

    /** The nonconformity a review not held in time raises: one per review. */
    String missedReference() {
        return "MR-" + period + "-missed";
    }

    private void requireStatus(ReviewStatus expected, String doing) {
        if (status != expected) {
            throw new ConflictException("The management review %s is %s: it cannot be %s now".formatted(period,
                    status.name().toLowerCase(Locale.ROOT), doing));
        }
    }

    public Long getId() { return id; }
    public String getPeriod() { return period; }
    public String getExtraordinaryReason() { return extraordinaryReason; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public ReviewStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getPreviousPeriod() { return previousPeriod; }
    public String getInputsSha256() { return inputsSha256; }
    public Instant getInputsTakenAt() { return inputsTakenAt; }
    public String getAgenda() { return agenda; }
    public LocalDate getMeetingOn() { return meetingOn; }
    public String getPreparedBy() { return preparedBy; }
    public String getConclusion() { return conclusion; }
    public String getNotes() { return notes; }
    public Boolean getClimateReconfirmed() { return climateReconfirmed; }
    public String getHeldBy() { return heldBy; }
    public Instant getHeldAt() { return heldAt; }
    public String getMinutesReworkReason() { return minutesReworkReason; }
    public Long getMinutesDocument() { return minutesDocument; }
    public String getMinutesApprovedBy() { return minutesApprovedBy; }
    public Instant getMinutesApprovedAt() { return minutesApprovedAt; }
    public Instant getMissedAt() { return missedAt; }
    public List<String> getAttendees() { return attendees.stream().map(Attendee::person).toList(); }
    public List<Decision> getDecisions() { return List.copyOf(decisions); }
    public Map<String, String> getCommentary() { return textsOf(InputText.Kind.COMMENTARY); }
    public Map<String, String> getInputNotes() { return textsOf(InputText.Kind.NOTE); }

    private Map<String, String> textsOf(InputText.Kind kind) {
        return inputTexts.stream().filter(text -> text.kind() == kind).collect(Collectors.toMap(InputText::inputKey, InputText::text,
                (first, second) -> first, TreeMap::new));
    }
    public Long getVersion() { return version; }

    /** The actions decided in the meeting as drafted (JSON), until the minutes are approved. */
    String plannedActionsJson() {
        return plannedActions;
    }

    /** The frozen pack as stored (JSON); read through {@link ReviewInputs#read}. */
    String inputsJson() {
        return inputs;
    }
}
