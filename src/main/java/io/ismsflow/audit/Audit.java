package io.ismsflow.audit;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One internal audit of an area (9.2): planned by the programme with its reasons, then planned in detail by its lead
 * auditor (scope, criteria, method, team, auditees, dates), conducted against a checklist with one row per
 * requirement in scope, reported (the report frozen at approval) and closed when every nonconformity it raised is.
 */
@Table("audit")
public class Audit {

    @Table("audit_team_member")
    record TeamMember(String member) {
    }

    @Table("audit_auditee")
    record Auditee(String person) {
    }

    @Table("audit_criterion")
    record Criterion(String requirement) {
    }

    @Id
    private Long id;
    private long programme;
    private String code;
    private long area;
    private int score;
    private String reasons;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private AuditState state;
    private String leadAuditor;
    private String scope;
    private String methods;
    private Integer sampleSize;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String independenceProblem;
    private String conformityStatement;
    private String reportSummary;
    private String reportConclusion;
    private String reportReworkReason;
    private String reportApprovedBy;
    private Long reportDocument;
    private Instant reportedAt;
    private Instant resultsReportedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private Instant closedAt;
    private String changeReason;
    @MappedCollection(idColumn = "audit", keyColumn = "audit_key")
    private List<TeamMember> team = new ArrayList<>();
    @MappedCollection(idColumn = "audit", keyColumn = "audit_key")
    private List<Auditee> auditees = new ArrayList<>();
    @MappedCollection(idColumn = "audit", keyColumn = "audit_key")
    private List<Criterion> criteria = new ArrayList<>();
    @MappedCollection(idColumn = "audit", keyColumn = "audit_key")
    private List<ChecklistRow> checklist = new ArrayList<>();
    @MappedCollection(idColumn = "audit", keyColumn = "audit_key")
    private List<Finding> findings = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Audit() {
    }

    static Audit proposed(long programme, String code, ProposedAudit proposal) {
        Audit audit = new Audit();
        audit.programme = programme;
        audit.code = code;
        audit.area = proposal.areaId();
        audit.score = proposal.score();
        audit.reasons = String.join("; ", proposal.reasons());
        audit.windowStart = proposal.windowStart();
        audit.windowEnd = proposal.windowEnd();
        audit.state = AuditState.PROPOSED;
        return audit;
    }

    /** A proposed audit moved to another window before the programme's approval, with the reason. */
    void move(LocalDate start, LocalDate end, String reason) {
        requireState(AuditState.PROPOSED, "moved");
        if (end.isBefore(start)) {
            throw new InvalidFieldsException(Map.of("windowEnd", "is before the window's start"));
        }
        windowStart = start;
        windowEnd = end;
        changeReason = reason;
    }

    /** Taken out of the programme before its approval, with the reason; its row stays for the record. */
    void drop(String reason) {
        requireState(AuditState.PROPOSED, "dropped");
        state = AuditState.DROPPED;
        changeReason = reason;
    }

    void approve() {
        if (state == AuditState.PROPOSED) {
            state = AuditState.PLANNED;
        }
    }

    /** The window opened: the lead auditor plans. A second call changes nothing. */
    void startPreparing() {
        if (state == AuditState.PLANNED) {
            state = AuditState.PREPARING;
        }
    }

    /**
     * The lead auditor's plan: the checklist gets one row per criterion, keeping what rows of the same requirement
     * already hold.
     */
    void plan(AuditPlan plan, Function<String, String> titleOf) {
        requireState(AuditState.PREPARING, "planned");
        leadAuditor = plan.leadAuditor();
        team = plan.team().stream().distinct().filter(member -> !member.equals(plan.leadAuditor())).map(TeamMember::new)
                .collect(Collectors.toCollection(ArrayList::new));
        auditees = plan.auditees().stream().distinct().map(Auditee::new).collect(Collectors.toCollection(ArrayList::new));
        scope = plan.scope();
        methods = plan.methods().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        sampleSize = plan.sampleSize();
        plannedStart = plan.plannedStart();
        plannedEnd = plan.plannedEnd();
        List<String> requirements = plan.criteria().stream().distinct().sorted(Requirements.ORDER).toList();
        criteria = requirements.stream().map(Criterion::new).collect(Collectors.toCollection(ArrayList::new));
        Map<String, ChecklistRow> kept = checklist.stream().collect(Collectors.toMap(ChecklistRow::requirement, row -> row, (a, b) -> a));
        checklist = requirements.stream().map(requirement -> kept.getOrDefault(requirement, ChecklistRow.of(requirement, titleOf.apply(requirement))))
                .collect(Collectors.toCollection(ArrayList::new));
        independenceProblem = null;
    }

    /** Who audits: the lead auditor and the team. */
    public List<String> auditors() {
        return Stream.concat(Stream.ofNullable(leadAuditor), team.stream().map(TeamMember::member)).toList();
    }

    void notIndependent(String problem) {
        independenceProblem = problem;
    }

    /** The ISMS manager's new lead auditor and team after an independence problem. */
    void reassign(String lead, List<String> members) {
        requireState(AuditState.PREPARING, "reassigned");
        leadAuditor = lead;
        team = members.stream().distinct().filter(member -> !member.equals(lead)).map(TeamMember::new)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    void startFieldwork() {
        if (state == AuditState.PREPARING) {
            state = AuditState.FIELDWORK;
            independenceProblem = null;
        }
    }

    void recordRow(int index, ChecklistEntry entry) {
        requireState(AuditState.FIELDWORK, "changed");
        if (index < 0 || index >= checklist.size()) {
            throw new InvalidFieldsException(Map.of("row", "is not a row of the checklist"));
        }
        if (entry.result() == ChecklistResult.NOT_AUDITED && blank(entry.notAuditedReason())) {
            throw new InvalidFieldsException(Map.of("notAuditedReason", "is required when a requirement was not audited"));
        }
        if (entry.result() != null && entry.result() != ChecklistResult.NOT_AUDITED && blank(entry.evidenceSeen())) {
            throw new InvalidFieldsException(Map.of("evidenceSeen", "is required: what was seen, asked or tested"));
        }
        checklist.set(index, checklist.get(index).recorded(entry));
    }

    Finding addFinding(FindingDraft draft) {
        requireState(AuditState.FIELDWORK, "changed");
        ChecklistRow row = checklist.stream().filter(candidate -> candidate.requirement().equals(draft.requirement())).findFirst()
                .orElseThrow(() -> new InvalidFieldsException(Map.of("requirement", "is not in the audit's checklist")));
        if (draft.type().isNonconformity() && (row.result() == null || !row.result().isNonconforming())) {
            throw new InvalidFieldsException(Map.of("type", "a nonconformity is raised only on a row recorded as a major or minor nonconformity"));
        }
        int number = findings.stream().mapToInt(Finding::number).max().orElse(0) + 1;
        Finding finding = Finding.of(number, draft);
        findings.add(finding);
        return finding;
    }

    void removeFinding(int number) {
        requireState(AuditState.FIELDWORK, "changed");
        findings.removeIf(finding -> finding.number() == number);
    }

    /**
     * Fieldwork done: every row has a result; a nonconforming row has its nonconformity finding; with no finding at all
     * the auditor states the conformity explicitly.
     */
    void finishFieldwork(String statement) {
        if (state != AuditState.FIELDWORK) {
            return;
        }
        Map<String, String> problems = fieldworkProblems(statement);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        conformityStatement = blank(statement) ? null : statement;
        state = AuditState.REPORTING;
    }

    /** What keeps the fieldwork from being done, by what is at fault; empty when it may be confirmed. */
    public Map<String, String> fieldworkProblems(String statement) {
        Map<String, String> problems = new TreeMap<>();
        List<String> open = checklist.stream().filter(row -> row.result() == null).map(ChecklistRow::requirement).toList();
        if (!open.isEmpty()) {
            problems.put("checklist", "has no result for " + String.join(", ", open));
        }
        Set<String> withNc = findings.stream().filter(finding -> finding.type().isNonconformity()).map(Finding::requirement)
                .collect(Collectors.toSet());
        List<String> unraised = checklist.stream().filter(row -> row.result() != null && row.result().isNonconforming())
                .map(ChecklistRow::requirement).filter(requirement -> !withNc.contains(requirement)).toList();
        if (!unraised.isEmpty()) {
            problems.put("findings", "need a nonconformity for " + String.join(", ", unraised));
        }
        if (findings.isEmpty() && blank(statement)) {
            problems.put("conformityStatement", "is required: an audit with no finding states that what it audited conforms");
        }
        return problems;
    }

    void writeReport(String summary, String conclusion) {
        requireState(AuditState.REPORTING, "reported");
        reportSummary = summary;
        reportConclusion = conclusion;
        reportReworkReason = null;
    }

    void sendReportBack(String reason) {
        requireState(AuditState.REPORTING, "sent back");
        reportReworkReason = reason;
    }

    /** The ISMS manager approved the report, whose frozen copy is the given document. @return false if done already */
    boolean reportApproved(String by, long document, Instant at) {
        if (state.isReported()) {
            return false;
        }
        requireState(AuditState.REPORTING, "approved");
        reportApprovedBy = by;
        reportDocument = document;
        reportedAt = at;
        state = AuditState.REPORTED;
        return true;
    }

    void findingLedTo(int number, String nonconformityReference, String improvementCode) {
        findings.replaceAll(finding -> finding.number() == number ? finding.ledTo(nonconformityReference, improvementCode) : finding);
    }

    /** @return false when the results were reported already */
    boolean resultsReported(Instant at) {
        if (resultsReportedAt != null) {
            return false;
        }
        resultsReportedAt = at;
        return true;
    }

    /** Top management acknowledged the reported results (9.2.2 c). @return false when acknowledged already */
    boolean acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            return false;
        }
        if (!state.isReported()) {
            throw new ConflictException(code + " has not reported yet: its results are acknowledged once its report is approved");
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
        return true;
    }

    /** @return false when closed already */
    boolean close(Instant at) {
        if (state == AuditState.CLOSED) {
            return false;
        }
        requireState(AuditState.REPORTED, "closed");
        state = AuditState.CLOSED;
        closedAt = at;
        return true;
    }

    /** The finding's reference, which is also the nonconformity's it raises: IA-2027-03-F2. */
    public String referenceOf(Finding finding) {
        return code + "-F" + finding.number();
    }

    public List<String> nonconformityReferences() {
        return findings.stream().filter(finding -> finding.type().isNonconformity()).map(this::referenceOf).toList();
    }

    public Set<AuditMethod> getMethods() {
        return methods == null || methods.isBlank() ? Set.of()
                : Stream.of(methods.split(",")).map(AuditMethod::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void requireState(AuditState expected, String doing) {
        if (state != expected) {
            throw new ConflictException("%s is %s: it cannot be %s now".formatted(code, state.name().toLowerCase(Locale.ROOT).replace('_', ' '), doing));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() { return id; }
    public long getProgramme() { return programme; }
    public String getCode() { return code; }
    public long getArea() { return area; }
    public int getScore() { return score; }
    public String getReasons() { return reasons; }
    public LocalDate getWindowStart() { return windowStart; }
    public LocalDate getWindowEnd() { return windowEnd; }
    public AuditState getState() { return state; }
    public String getLeadAuditor() { return leadAuditor; }
    public List<String> getTeam() { return team.stream().map(TeamMember::member).toList(); }
    public List<String> getAuditees() { return auditees.stream().map(Auditee::person).toList(); }
    public List<String> getCriteria() { return criteria.stream().map(Criterion::requirement).toList(); }
    public String getScope() { return scope; }
    public Integer getSampleSize() { return sampleSize; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public String getIndependenceProblem() { return independenceProblem; }
    public String getConformityStatement() { return conformityStatement; }
    public String getReportSummary() { return reportSummary; }
    public String getReportConclusion() { return reportConclusion; }
    public String getReportReworkReason() { return reportReworkReason; }
    public String getReportApprovedBy() { return reportApprovedBy; }
    public Long getReportDocument() { return reportDocument; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getChangeReason() { return changeReason; }
    public List<ChecklistRow> getChecklist() { return List.copyOf(checklist); }
    public List<Finding> getFindings() { return List.copyOf(findings); }
    public Long getVersion() { return version; }
}
