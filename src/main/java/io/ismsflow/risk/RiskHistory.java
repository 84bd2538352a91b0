package io.ismsflow.risk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ismsflow.shared.Keyset;
import io.ismsflow.trail.AuditTrail;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as it was: each risk's state at an instant, read back from its newest audit-trail snapshot before it,
 * and the assessments of a period. What an audit-period evidence pack holds; read a page at a time, whatever the size.
 */
@Service
@Transactional(readOnly = true)
public class RiskHistory {

    private static final int PAGE = 500;

    private final RiskRepository risks;
    private final RiskAssessmentRepository assessments;
    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final ObjectMapper snapshots;

    RiskHistory(RiskRepository risks, RiskAssessmentRepository assessments, AuditTrail trail, JdbcClient jdbc) {
        this.risks = risks;
        this.assessments = assessments;
        this.trail = trail;
        this.jdbc = jdbc;
        // A snapshot is the risk's getters; read back into its fields, ignoring what is derived.
        this.snapshots = JsonMapper.builder().findAndAddModules().configure(MapperFeature.USE_GETTERS_AS_SETTERS, false).build()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Each risk that existed just before the instant, as it was then, in the order of their ids. */
    public void forEachAsOf(Instant at, Consumer<Risk> each) {
        Keyset.forEach(risks::idsAfter, PAGE, Long::longValue, page -> {
            List<String> ids = page.stream().map(String::valueOf).toList();
            Map<String, String> states = trail.statesBefore(RiskRegister.ENTITY, ids, at, "code");
            ids.stream().map(states::get).filter(Objects::nonNull).map(this::read).forEach(each);
        });
    }

    /** Each assessment recorded in [from, to), oldest first, with the code of the risk it assessed. */
    public void forEachAssessment(Instant from, Instant to, BiConsumer<String, RiskAssessment> each) {
        Keyset.forEach(after -> assessments.findTop500ByAssessedAtGreaterThanEqualAndAssessedAtLessThanAndIdGreaterThanOrderById(from, to, after),
                PAGE, RiskAssessment::id, page -> {
                    Map<Long, String> codes = new HashMap<>();
                    jdbc.sql("select id, code from risk where id in (:ids)")
                            .param("ids", page.stream().map(RiskAssessment::riskId).collect(Collectors.toSet()))
                            .query((row, n) -> codes.put(row.getLong(1), row.getString(2))).list();
                    page.forEach(assessment -> each.accept(codes.get(assessment.riskId()), assessment));
                });
    }

    private Risk read(String snapshot) {
        try {
            return snapshots.readValue(snapshot, Risk.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A risk's audit-trail snapshot cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
