package io.ismsflow.approval;

import java.util.List;
import org.springframework.stereotype.Component;

/** The kinds of records the approval process decides on, by the type it names. */
@Component
class ApprovableRecords {

    private final List<ApprovableRecord> records;

    ApprovableRecords(List<ApprovableRecord> records) {
        this.records = records;
    }

    ApprovableRecord of(String recordType) {
        return records.stream().filter(record -> record.type().equals(recordType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No kind of record '" + recordType + "' is approved through ISMS Flow"));
    }
}
