package io.ismsflow.measurement;

import io.ismsflow.web.ConflictException;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An opportunity for improvement (10.1): where it came from, and what was decided, why and by whom. */
@Table("improvement")
public class Improvement {

    @Id
    private Long id;
    private String code;
    private ImprovementSource source;
    private String sourceReference;
    private String description;
    private String proposedBy;
    private Instant proposedAt;
    private ImprovementStatus status;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;
    private String linkedReference;
    @Version
    private Long version;

    @PersistenceCreator
    Improvement() {
    }

    static Improvement proposed(ImprovementDraft draft, String by, Instant at) {
        Improvement improvement = new Improvement();
        improvement.source = draft.source();
        improvement.sourceReference = draft.sourceReference();
        improvement.description = draft.description();
        improvement.proposedBy = by;
        improvement.proposedAt = at;
        improvement.status = ImprovementStatus.PROPOSED;
        return improvement;
    }

    void assignCode() {
        code = "IMP-%03d".formatted(id);
    }

    /** Adopt, defer or reject a proposal (a deferred one may be decided again); adopted ones are done when done. */
    void decide(ImprovementStatus decision, String reason, String linked, String by, Instant at) {
        boolean open = status == ImprovementStatus.PROPOSED || status == ImprovementStatus.DEFERRED;
        boolean finishing = status == ImprovementStatus.ADOPTED && decision == ImprovementStatus.DONE;
        if (!open && !finishing || open && decision == ImprovementStatus.DONE || decision == ImprovementStatus.PROPOSED) {
            throw new ConflictException("%s is %s: it cannot become %s".formatted(code, status.name().toLowerCase(Locale.ROOT),
                    decision.name().toLowerCase(Locale.ROOT)));
        }
        status = decision;
        decisionReason = reason;
        linkedReference = linked != null ? linked : linkedReference;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public ImprovementSource getSource() { return source; }
    public String getSourceReference() { return sourceReference; }
    public String getDescription() { return description; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public ImprovementStatus getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getLinkedReference() { return linkedReference; }
    public Long getVersion() { return version; }
}
