package io.ismsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.springframework.core.io.ClassPathResource;

/**
 * Properties of the seeded risk matrix (V3) and of scoring with it, for every likelihood and impact: a higher
 * likelihood or impact never gives a lower level, and a residual risk is within the appetite exactly when its
 * level is at most the appetite (6.1.2 b: consistent, comparable results).
 */
class RiskMatrixPropertiesTest {

    private static final RiskMatrix MATRIX = seededMatrix();

    @Property
    void moreLikelyOrWorseIsNeverLower(@ForAll @IntRange(min = 1, max = 5) int likelihood, @ForAll @IntRange(min = 1, max = 5) int impact) {
        RiskLevel level = MATRIX.levelOf(likelihood, impact);
        if (likelihood < 5) {
            assertThat(MATRIX.levelOf(likelihood + 1, impact)).isGreaterThanOrEqualTo(level);
        }
        if (impact < 5) {
            assertThat(MATRIX.levelOf(likelihood, impact + 1)).isGreaterThanOrEqualTo(level);
        }
    }

    @Property
    void acceptanceFollowsTheAppetite(@ForAll @IntRange(min = 1, max = 5) int likelihood, @ForAll @IntRange(min = 1, max = 5) int impact,
                                      @ForAll @IntRange(min = 1, max = 5) int residualLikelihood,
                                      @ForAll @IntRange(min = 1, max = 5) int residualImpact) {
        Risk risk = Risk.identify(new RiskDraft("Property", null, "Asset", "Threat", "Vulnerability", true, false, false, "owner",
                likelihood, impact, Treatment.MODIFY, null, residualLikelihood, residualImpact, null, null), MATRIX,
                LocalDate.of(2026, 1, 1));

        boolean within = !risk.getResidualLevel().isAbove(MATRIX.appetite());
        assertThat(risk.getAcceptance()).isEqualTo(within ? Acceptance.WITHIN_APPETITE : Acceptance.ABOVE_APPETITE);
        assertThat(risk.getNextReviewDue()).isEqualTo(LocalDate.of(2026, 1, 1).plus(MATRIX.reviewInterval(risk.getResidualLevel())));
    }

    /** The matrix exactly as the migration seeds it. */
    private static RiskMatrix seededMatrix() {
        String sql;
        try {
            sql = new ClassPathResource("db/migration/V3__default_risk_matrix.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var cells = Pattern.compile("\\(1, (\\d), (\\d), '(\\w+)'\\)").matcher(sql).results()
                .map(cell -> new RiskMatrix.Cell(Integer.parseInt(cell.group(1)), Integer.parseInt(cell.group(2)), RiskLevel.valueOf(cell.group(3))))
                .collect(Collectors.toSet());
        assertThat(cells).hasSize(25);
        var rules = Set.of(new RiskMatrix.LevelRule(RiskLevel.LOW, AcceptanceAuthority.RISK_OWNER, "P24M"),
                new RiskMatrix.LevelRule(RiskLevel.MEDIUM, AcceptanceAuthority.RISK_OWNER, "P12M"),
                new RiskMatrix.LevelRule(RiskLevel.HIGH, AcceptanceAuthority.ISMS_MANAGER, "P6M"),
                new RiskMatrix.LevelRule(RiskLevel.CRITICAL, AcceptanceAuthority.TOP_MANAGEMENT, "P3M"));
        return new RiskMatrix(1, RiskLevel.MEDIUM, "V3", Instant.EPOCH, CriteriaStatus.APPROVED, null, "migration", "migration", Instant.EPOCH,
                null, cells, Set.of(), rules);
    }
}
