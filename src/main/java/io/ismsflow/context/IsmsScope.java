package io.ismsflow.context;

import io.ismsflow.approval.ApprovableRecord;
import io.ismsflow.approval.Approvals;
import io.ismsflow.security.Groups;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISMS scope (4.3) in versions: one is in force (what exports show), one at a time is drafted and goes to top
 * management for approval through the {@code approval} process. Every change is in the scope's trail.
 */
@Service
@Transactional
public class IsmsScope implements ApprovableRecord {

    static final String SCOPE = "isms-scope";

    private final ScopeVersionRepository versions;
    private final Approvals approvals;
    private final AuditTrail trail;
    private final Clock clock;

    IsmsScope(ScopeVersionRepository versions, Approvals approvals, AuditTrail trail, Clock clock) {
        this.versions = versions;
        this.approvals = approvals;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String type() {
        return SCOPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Proposal proposal(long id) {
        ScopeVersion scope = get(id);
        return new Proposal("ISMS scope, version " + scope.getNumber(), scope.getDraftedBy(), Groups.TOP_MANAGEMENT);
    }

    /** The approved scope in force; none is a gap (4.3 requires it as documented information). */
    @Transactional(readOnly = true)
    public Optional<ScopeVersion> current() {
        return versions.findFirstByStatus(ScopeStatus.APPROVED);
    }

    @Transactional(readOnly = true)
    public List<ScopeVersion> versions() {
        return versions.findAllByOrderByNumberDesc();
    }

    @Transactional(readOnly = true)
    public ScopeVersion get(long id) {
        return versions.findById(id).orElseThrow(() -> new NoSuchElementException("Scope version " + id + " does not exist"));
    }

    /** The version being drafted or awaiting approval, if any. */
    @Transactional(readOnly = true)
    public Optional<ScopeVersion> openDraft() {
        return versions().stream().filter(v -> v.getStatus() == ScopeStatus.DRAFT || v.getStatus() == ScopeStatus.AWAITING_APPROVAL).findFirst();
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trail() {
        return trail.find(SCOPE, "scope");
    }

    /** Starts a new version; refused while another is drafted or awaits approval. */
    public ScopeVersion draft(ScopeDraft draft, Actor actor) {
        openDraft().ifPresent(open -> {
            throw draftExists(open);
        });
        int number = versions.findFirstByOrderByNumberDesc().map(ScopeVersion::getNumber).orElse(0) + 1;
        try {
            ScopeVersion drafted = versions.save(ScopeVersion.drafted(number, draft, actor.person(), clock.instant()));
            trail.record(SCOPE, "scope", "drafted", null, drafted, actor);
            return drafted;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Someone else started a new version of the scope at the same time: change theirs");
        }
    }

    public ScopeVersion change(long id, ScopeDraft draft, Actor actor) {
        ScopeVersion scope = get(id);
        Versions.requireCurrent("Scope version " + scope.getNumber(), scope.getVersion(), draft.version());
        var before = trail.snapshot(scope);
        scope.describe(draft);
        scope = versions.save(scope);
        trail.record(SCOPE, "scope", "changed", before, scope, actor);
        return scope;
    }

    /** Sends the draft to top management for approval; the request and the start of its process commit together. */
    public ScopeVersion submit(long id, Actor actor) {
        ScopeVersion scope = get(id);
        var before = trail.snapshot(scope);
        scope.submit();
        scope = versions.save(scope);
        trail.record(SCOPE, "scope", "submitted", before, scope, actor);
        approvals.request(SCOPE, scope.getId(), actor.person());
        return scope;
    }

    /**
     * Top management's decision, once (a redelivered job finds it taken): approved, the version is in force and the
     * one before superseded; rejected, it is a draft again for its author, with the reason.
     */
    @Override
    public void decide(long id, String stage, boolean approved, String note, Actor actor) {
        ScopeVersion scope = get(id);
        if (scope.getStatus() != ScopeStatus.AWAITING_APPROVAL) {
            return;
        }
        var before = trail.snapshot(scope);
        if (approved) {
            current().ifPresent(previous -> {
                previous.supersede();
                versions.save(previous);
            });
            scope.approve(actor.person(), clock.instant(), note);
        } else {
            scope.reject(actor.person(), clock.instant(), note);
        }
        scope = versions.save(scope);
        trail.record(SCOPE, "scope", approved ? "approved" : "sent-back", before, scope, actor);
    }

    private static ConflictException draftExists(ScopeVersion open) {
        return new ConflictException("Scope version " + open.getNumber() + " is " + (open.getStatus() == ScopeStatus.DRAFT
                ? "being drafted: change it instead of starting another" : "awaiting approval: wait for the decision"));
    }
}
