package io.ismsflow.soa;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which risks each control treats: a set of (control, risk) rows, kept apart from the control aggregate. Many reviews
 * link risks to the same control at once; each adds its own row, so none rewrites the control or waits for another.
 */
@Component
class RiskLinks {

    private final JdbcClient jdbc;

    RiskLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the link is new; linking again changes nothing */
    boolean link(String controlId, long riskId) {
        if (isLinked(controlId, riskId)) {
            return false;
        }
        try {
            jdbc.sql("insert into risk_control (control, risk_id) values (:control, :risk)")
                    .param("control", controlId).param("risk", riskId).update();
            return true;
        } catch (DuplicateKeyException linkedMeanwhile) {
            return false;
        }
    }

    List<String> controlsOf(long riskId) {
        return jdbc.sql("select control from risk_control where risk_id = :risk order by control")
                .param("risk", riskId).query(String.class).list();
    }

    Set<Long> risksOf(String controlId) {
        return new LinkedHashSet<>(jdbc.sql("select risk_id from risk_control where control = :control order by risk_id")
                .param("control", controlId).query(Long.class).list());
    }

    Map<String, Set<Long>> all() {
        Map<String, Set<Long>> links = new TreeMap<>();
        jdbc.sql("select control, risk_id from risk_control order by control, risk_id").query((row, n) -> links
                .computeIfAbsent(row.getString("control"), control -> new LinkedHashSet<>()).add(row.getLong("risk_id"))).list();
        return links;
    }

    private boolean isLinked(String controlId, long riskId) {
        return jdbc.sql("select count(*) from risk_control where control = :control and risk_id = :risk")
                .param("control", controlId).param("risk", riskId).query(Integer.class).single() > 0;
    }
}
