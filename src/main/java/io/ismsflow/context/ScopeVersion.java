package io.ismsflow.context;

import io.ismsflow.web.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One version of the ISMS scope (4.3): drafted, approved by top management, in force until superseded. */
@Table("isms_scope")
public class ScopeVersion {

    @Id
    private Long id;
    private int number;
    private String statement;
    private String boundaries;
    private String interfaces;
    private ScopeStatus status;
    private Integer openDraft;
    private String draftedBy;
    private Instant draftedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    @MappedCollection(idColumn = "isms_scope", keyColumn = "position")
    private List<Exclusion> exclusions = new ArrayList<>();
    @Version
    private Long version;

    @Table("scope_exclusion")
    public record Exclusion(String exclusion, String reason) {
    }

    @PersistenceCreator
    ScopeVersion() {
    }

    static ScopeVersion drafted(int number, ScopeDraft draft, String by, Instant at) {
        ScopeVersion scope = new ScopeVersion();
        scope.number = number;
        scope.status = ScopeStatus.DRAFT;
        scope.openDraft = 1;
        scope.draftedBy = by;
        scope.draftedAt = at;
        scope.describe(draft);
        return scope;
    }

    void describe(ScopeDraft draft) {
        requireStatus(ScopeStatus.DRAFT, "changed");
        statement = draft.statement();
        boundaries = draft.boundaries();
        interfaces = draft.interfaces();
        exclusions = new ArrayList<>(draft.exclusions().stream().map(e -> new Exclusion(e.exclusion(), e.reason())).toList());
    }

    void submit() {
        requireStatus(ScopeStatus.DRAFT, "submitted");
        status = ScopeStatus.AWAITING_APPROVAL;
    }

    void approve(String by, Instant at, String note) {
        requireStatus(ScopeStatus.AWAITING_APPROVAL, "approved");
        status = ScopeStatus.APPROVED;
        openDraft = null;
        decide(by, at, note);
    }

    /** Back to its author as a draft, with the reason. */
    void reject(String by, Instant at, String note) {
        requireStatus(ScopeStatus.AWAITING_APPROVAL, "sent back");
        status = ScopeStatus.DRAFT;
        decide(by, at, note);
    }

    void supersede() {
        status = ScopeStatus.SUPERSEDED;
    }

    private void decide(String by, Instant at, String note) {
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    private void requireStatus(ScopeStatus required, String what) {
        if (status != required) {
            throw new ConflictException("Scope version %d is %s and cannot be %s".formatted(number, status.name().toLowerCase(Locale.ROOT).replace('_', ' '), what));
        }
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getStatement() { return statement; }
    public String getBoundaries() { return boundaries; }
    public String getInterfaces() { return interfaces; }
    public ScopeStatus getStatus() { return status; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public List<Exclusion> getExclusions() { return List.copyOf(exclusions); }
    public Long getVersion() { return version; }
}
