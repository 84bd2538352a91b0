package io.ismsflow.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A significant change, proposed or occurred, or an incident, nonconformity or audit finding that changes risks
 * (8.2): what changes, when, what it affects. Recording it starts reviews of the risks it names.
 */
@Table("change_record")
public record ChangeRecord(@Id Long id, String code, String title, String description, ReviewTrigger kind, String sourceReference,
                           LocalDate takesEffectOn, String affectedAssets, String recordedBy, Instant recordedAt,
                           @MappedCollection(idColumn = "change_record") Set<AffectedRisk> risks,
                           @MappedCollection(idColumn = "change_record") Set<AffectedControl> controls) {

    @Table("change_record_risk")
    public record AffectedRisk(long riskId) {
    }

    @Table("change_record_control")
    public record AffectedControl(String controlId) {
    }

    ChangeRecord withCode() {
        return new ChangeRecord(id, "CHG-%03d".formatted(id), title, description, kind, sourceReference, takesEffectOn, affectedAssets,
                recordedBy, recordedAt, risks, controls);
    }
}
