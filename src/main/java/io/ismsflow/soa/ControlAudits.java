package io.ismsflow.soa;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each control was last audited and with what result, as the SoA shows it. One row per control and audit,
 * written once: many audits may name the same control at once, and none of them rewrites the control itself.
 */
@Service
@Transactional
public class ControlAudits {

    /** An audit's result for a control, as its checklist recorded it (e.g. "CONFORMING", "MINOR_NC"). */
    public record Audited(String auditCode, LocalDate auditedOn, String result) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    ControlAudits(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** Records the audit's result for the control; the same audit recorded again changes nothing. */
    public void record(String controlId, Audited audited, Actor actor) {
        boolean known = jdbc.sql("select count(*) from control_audit where control = :control and audit_code = :audit")
                .param("control", controlId).param("audit", audited.auditCode()).query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        try {
            jdbc.sql("insert into control_audit (control, audit_code, audited_on, result) values (:control, :audit, :on, :result)")
                    .param("control", controlId).param("audit", audited.auditCode()).param("on", audited.auditedOn())
                    .param("result", audited.result()).update();
        } catch (DuplicateKeyException recordedMeanwhile) {
            return;
        }
        trail.record(StatementOfApplicability.ENTITY, controlId, "audited", null, Map.of("audit", audited.auditCode(),
                "auditedOn", audited.auditedOn().toString(), "result", audited.result()), actor);
    }

    @Transactional(readOnly = true)
    public Optional<Audited> latest(String controlId) {
        return jdbc.sql("""
                        select audit_code, audited_on, result from control_audit where control = :control
                        order by audited_on desc, audit_code desc limit 1""")
                .param("control", controlId)
                .query((row, n) -> new Audited(row.getString("audit_code"), row.getObject("audited_on", LocalDate.class), row.getString("result")))
                .optional();
    }
}
