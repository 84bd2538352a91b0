package io.ismsflow.audit;

import io.ismsflow.engine.EngineOutbox;
import io.ismsflow.engine.ProcessMessage;
import io.ismsflow.evidence.FrozenDocument;
import io.ismsflow.evidence.FrozenDocuments;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit programme of each cycle (9.2.2): requested once per cycle (a unique key, with the message that starts its
 * process in the same transaction), planned from the audit universe, changed and approved by an ISMS manager, and
 * reported to top management when every audit has reported.
 */
@Service
@Transactional
public class AuditProgrammes {

    public static final String PROCESS_ID = "audit-programme";
    static final String REQUESTED_MESSAGE = "audit-programme-requested";
    static final String ENTITY = "audit-programme";
    static final String AUDIT_ENTITY = "audit";

    private final AuditProgrammeRepository programmes;
    private final AuditRepository audits;
    private final ProgrammePlanning planning;
    private final FrozenDocuments frozen;
    private final AuditProperties properties;
    private final EngineOutbox outbox;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditProgrammes(AuditProgrammeRepository programmes, AuditRepository audits, ProgrammePlanning planning, FrozenDocuments frozen,
                    AuditProperties properties, EngineOutbox outbox, AuditTrail trail, TransactionTemplate transaction, Clock clock) {
        this.programmes = programmes;
        this.audits = audits;
        this.planning = planning;
        this.frozen = frozen;
        this.properties = properties;
        this.outbox = outbox;
        this.trail = trail;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Requests the programme of a cycle (this year's or the next): its row and the message that starts its process
     * commit together; a second request for the same cycle is refused (409).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AuditProgramme request(int cycle, Actor actor) {
        int year = LocalDate.now(clock).getYear();
        if (cycle < year || cycle > year + 1) {
            throw new InvalidFieldsException(Map.of("cycle", "must be this year (%d) or the next".formatted(year)));
        }
        if (exists(cycle)) {
            throw alreadyRequested(cycle);
        }
        try {
            return transaction.execute(status -> {
                AuditProgramme programme = programmes.save(AuditProgramme.requested(cycle, properties.programme(), properties.coverageYears(),
                        actor.person(), clock.instant()));
                trail.record(ENTITY, programme.getId(), "requested", null, programme, actor);
                outbox.publishAfterCommit(ProcessMessage.start(REQUESTED_MESSAGE, "programme-" + cycle,
                        Map.of("programmeId", programme.getId(), "cycle", cycle, "requestedBy", actor.person())));
                return programme;
            });
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw alreadyRequested(cycle);
            }
            throw e;
        }
    }

    private static ConflictException alreadyRequested(int cycle) {
        return new ConflictException("The audit programme of %d exists already: one programme per cycle".formatted(cycle));
    }

    /**
     * Proposes the cycle's audits from the universe (see {@link AuditPlanner}); a redelivered job gets the audits
     * proposed the first time.
     */
    public List<Audit> plan(long programmeId, Actor actor) {
        AuditProgramme programme = get(programmeId);
        List<Audit> proposed = auditsOf(programmeId);
        if (!proposed.isEmpty()) {
            return proposed;
        }
        AuditPlanner.Plan plan = planning.plan(programme.getCycle(), programme.getCoverageYears(), LocalDate.now(clock));
        for (int i = 0; i < plan.proposed().size(); i++) {
            Audit audit = audits.save(Audit.proposed(programmeId, "IA-%d-%02d".formatted(programme.getCycle(), i + 1), plan.proposed().get(i)));
            trail.record(AUDIT_ENTITY, audit.getId(), "proposed", null, audit, actor);
        }
        programme.planned(String.join("\n", plan.leftOut()));
        programmes.save(programme);
        return auditsOf(programmeId);
    }

    /** An audit the ISMS manager adds to a programme not yet approved, with the reason. */
    public Audit add(long programmeId, long areaId, LocalDate start, LocalDate end, String reason, Actor actor) {
        AuditProgramme programme = get(programmeId);
        programme.requireProposed();
        if (end.isBefore(start)) {
            throw new InvalidFieldsException(Map.of("windowEnd", "is before the window's start"));
        }
        int next = auditsOf(programmeId).size() + 1;
        AuditArea area = planning.area(areaId);
        Audit audit = audits.save(Audit.proposed(programmeId, "IA-%d-%02d".formatted(programme.getCycle(), next),
                new ProposedAudit(areaId, area.getName(), 0, List.of("added by the ISMS manager: " + reason), start, end)));
        trail.record(AUDIT_ENTITY, audit.getId(), "added", null, audit, actor);
        return audit;
    }

    /** A proposed audit moved to another window, with the reason. */
    public Audit move(long auditId, LocalDate start, LocalDate end, String reason, Long version, Actor actor) {
        return changeProposed(auditId, version, "moved", audit -> audit.move(start, end, reason), actor);
    }

    /** A proposed audit taken out of the programme, with the reason. */
    public Audit drop(long auditId, String reason, Long version, Actor actor) {
        return changeProposed(auditId, version, "dropped", audit -> audit.drop(reason), actor);
    }

    private Audit changeProposed(long auditId, Long version, String action, Consumer<Audit> change, Actor actor) {
        Audit audit = audits.findById(auditId).orElseThrow(() -> new NoSuchElementException("Audit " + auditId + " does not exist"));
        Versions.requireCurrent("Audit " + audit.getCode(), audit.getVersion(), version);
        get(audit.getProgramme()).requireProposed();
        var before = trail.snapshot(audit);
        change.accept(audit);
        Audit saved = audits.save(audit);
        trail.record(AUDIT_ENTITY, auditId, action, before, saved, actor);
        return saved;
    }

    /**
     * The ISMS manager approved the programme: its audits are planned and each starts its own process. A redelivered
     * job approves nothing twice and gets the same audits.
     *
     * @return the ids of the audits to run
     */
    public List<Long> approve(long programmeId, String note, Actor actor) {
        AuditProgramme programme = get(programmeId);
        List<Audit> toRun = auditsOf(programmeId).stream().filter(audit -> audit.getState() != AuditState.DROPPED).toList();
        if (programme.getStatus() == ProgrammeStatus.PROPOSED && toRun.isEmpty()) {
            throw new ConflictException("The %d programme has no audit to approve: add one first".formatted(programme.getCycle()));
        }
        var before = trail.snapshot(programme);
        if (programme.approve(actor.person(), note, clock.instant())) {
            toRun.forEach(audit -> {
                audit.approve();
                audits.save(audit);
            });
            trail.record(ENTITY, programmeId, "approved", before, programmes.save(programme), actor);
        }
        return toRun.stream().map(Audit::getId).toList();
    }

    /**
     * Every audit has reported: the programme's report (coverage, results, nonconformities and their state) is frozen
     * for top management.
     */
    public FrozenDocument complete(long programmeId, Map<String, Object> reportModel, Actor actor) {
        AuditProgramme programme = get(programmeId);
        FrozenDocument report = frozen.freeze("audit-programme-report", "AP-" + programme.getCycle(),
                "Internal audit programme " + programme.getCycle() + ": report", "audit-programme-report", reportModel, actor.person());
        var before = trail.snapshot(programme);
        if (programme.complete(report.id())) {
            trail.record(ENTITY, programmeId, "completed", before, programmes.save(programme), actor);
        }
        return report;
    }

    /** Top management acknowledged the programme's report (9.2.2 c). */
    public AuditProgramme acknowledge(long programmeId, Actor actor) {
        AuditProgramme programme = get(programmeId);
        var before = trail.snapshot(programme);
        if (programme.acknowledge(actor.person(), clock.instant())) {
            programme = programmes.save(programme);
            trail.record(ENTITY, programmeId, "acknowledged", before, programme, actor);
        }
        return programme;
    }

    @Transactional(readOnly = true)
    public AuditProgramme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NoSuchElementException("Audit programme " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public AuditProgramme ofCycle(int cycle) {
        return programmes.findByCycle(cycle).orElseThrow(() -> new NoSuchElementException("No audit programme for " + cycle));
    }

    @Transactional(readOnly = true)
    public boolean exists(int cycle) {
        return programmes.findByCycle(cycle).isPresent();
    }

    @Transactional(readOnly = true)
    public List<AuditProgramme> all() {
        return programmes.findAllByOrderByCycleDesc();
    }

    @Transactional(readOnly = true)
    public List<Audit> auditsOf(long programmeId) {
        return audits.findByProgrammeOrderByWindowStartAscCode(programmeId);
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long programmeId) {
        return trail.find(ENTITY, String.valueOf(programmeId));
    }
}
