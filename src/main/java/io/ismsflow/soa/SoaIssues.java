package io.ismsflow.soa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.approval.ApprovableRecord;
import io.ismsflow.approval.Approvals;
import io.ismsflow.evidence.FrozenDocument;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Statement of Applicability as controlled documented information (6.1.3 d, 7.5): checked for completeness,
 * proposed as a snapshot of every control, approved by an ISMS manager and then top management (four eyes; the
 * proposer approves neither), issued with a version number and frozen as HTML and PDF with their SHA-256.
 */
@Service
@Transactional
public class SoaIssues implements ApprovableRecord {

    static final String ISSUE = "soa-issue";
    static final String MANAGER_STAGE = "isms-manager";
    static final String TOP_STAGE = "top-management";

    private final SoaIssueRepository issues;
    private final StatementOfApplicability soa;
    private final Approvals approvals;
    private final FrozenDocuments frozen;
    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Clock clock;

    SoaIssues(SoaIssueRepository issues, StatementOfApplicability soa, Approvals approvals, FrozenDocuments frozen, AuditTrail trail,
              ObjectMapper json, Clock clock) {
        this.issues = issues;
        this.soa = soa;
        this.approvals = approvals;
        this.frozen = frozen;
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    /** What keeps the SoA from being issued: a control undecided, unjustified, or excluded while a treatment needs it. */
    public record Gap(String controlId, String title, String problem) {
    }

    @Transactional(readOnly = true)
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        Map<String, Set<Long>> treating = soa.risksTreatedByControl();
        for (Control control : soa.all()) {
            if (control.getApplicable() == null) {
                gaps.add(new Gap(control.getId(), control.getTitle(), "not decided: applicable or excluded?"));
            } else if (control.getApplicable() && control.getInclusionReasons().isEmpty()) {
                gaps.add(new Gap(control.getId(), control.getTitle(), "applicable without a reason for its inclusion"));
            } else if (!control.getApplicable() && (control.getExclusionJustification() == null || control.getExclusionJustification().isBlank())) {
                gaps.add(new Gap(control.getId(), control.getTitle(), "excluded without a justification"));
            }
            if (!Boolean.TRUE.equals(control.getApplicable()) && treating.containsKey(control.getId())) {
                gaps.add(new Gap(control.getId(), control.getTitle(), "a risk treatment needs it, but it is not applicable"));
            }
        }
        return gaps;
    }

    @Transactional(readOnly = true)
    public List<SoaIssue> all() {
        return issues.findAllByOrderByIdDesc();
    }

    @Transactional(readOnly = true)
    public SoaIssue get(long id) {
        return issues.findById(id).orElseThrow(() -> new NoSuchElementException("SoA issue " + id + " does not exist"));
    }

    /** The version in force: what exports show. */
    @Transactional(readOnly = true)
    public Optional<SoaIssue> latestIssued() {
        return issues.findFirstByStatusOrderByNumberDesc(SoaIssueStatus.ISSUED);
    }

    @Transactional(readOnly = true)
    public Optional<SoaIssue> open() {
        return issues.findOpen();
    }

    @Transactional(readOnly = true)
    public List<SoaRow> rowsOf(SoaIssue issue) {
        try {
            return json.readValue(issue.getSnapshot(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SoA issue " + issue.getId() + " has an unreadable snapshot", e);
        }
    }

    /** The controls whose decision or implementation changed since the issue, or that are new. */
    @Transactional(readOnly = true)
    public List<String> changedSince(SoaIssue issue) {
        Map<String, SoaRow> issued = rowsOf(issue).stream().collect(Collectors.toMap(SoaRow::id, Function.identity()));
        return soa.all().stream().map(SoaRow::of).filter(now -> !Objects.equals(issued.get(now.id()), now)).map(SoaRow::id).toList();
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(ISSUE, String.valueOf(id));
    }

    /** Proposes the SoA as it stands for issue; refused while it has gaps or another proposal waits. */
    public SoaIssue propose(Actor actor) {
        List<Gap> gaps = gaps();
        if (!gaps.isEmpty()) {
            throw new ConflictException("The SoA cannot be issued with %d gaps, first %s: %s".formatted(gaps.size(), gaps.getFirst().controlId(),
                    gaps.getFirst().problem()));
        }
        open().ifPresent(waiting -> {
            throw new ConflictException("A proposed version of the SoA awaits approval: wait for the decision");
        });
        SoaIssue issue;
        try {
            issue = issues.save(SoaIssue.proposed(json.writeValueAsString(soa.all().stream().map(SoaRow::of).toList()), actor.person(),
                    clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not snapshot the SoA", e);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Someone else proposed the SoA for issue at the same time: decide on theirs");
        }
        trail.record(ISSUE, issue.getId(), "proposed", null, issue, actor);
        approvals.request(ISSUE, issue.getId(), MANAGER_STAGE, actor.person());
        return issue;
    }

    @Override
    public String type() {
        return ISSUE;
    }

    @Override
    @Transactional(readOnly = true)
    public Proposal proposal(long id) {
        SoaIssue issue = get(id);
        return new Proposal("Statement of Applicability, version " + (issues.highestNumber() + 1), issue.getProposedBy(),
                issue.getStatus() == SoaIssueStatus.AWAITING_MANAGER ? Groups.ISMS_MANAGERS : Groups.TOP_MANAGEMENT);
    }

    /**
     * An ISMS manager's approval sends the proposal on to top management; top management's issues it: numbered and
     * frozen. Either may send it back. A stage decided already (a redelivered job) changes nothing.
     */
    @Override
    public void decide(long id, String stage, boolean approved, String note, Actor actor) {
        SoaIssue issue = get(id);
        SoaIssueStatus expected = MANAGER_STAGE.equals(stage) ? SoaIssueStatus.AWAITING_MANAGER : SoaIssueStatus.AWAITING_TOP_MANAGEMENT;
        if (issue.getStatus() != expected) {
            return;
        }
        var before = trail.snapshot(issue);
        String action;
        if (!approved) {
            issue.reject(actor.person(), clock.instant(), note);
            action = "sent-back";
        } else if (expected == SoaIssueStatus.AWAITING_MANAGER) {
            issue.approvedByManager(actor.person(), clock.instant());
            approvals.request(ISSUE, id, TOP_STAGE, issue.getProposedBy());
            action = "approved-by-manager";
        } else {
            int number = issues.highestNumber() + 1;
            FrozenDocument document = frozen.freeze("soa", "v" + number, "Statement of Applicability, version " + number, "soa-document",
                    Map.of("issue", issue, "number", number, "rows", rowsOf(issue), "approvedBy", actor.person(), "issuedAt", clock.instant()),
                    actor.person());
            issue.issue(number, document.id(), actor.person(), clock.instant(), note);
            action = "issued";
        }
        issue = issues.save(issue);
        trail.record(ISSUE, id, action, before, issue, actor);
    }
}
