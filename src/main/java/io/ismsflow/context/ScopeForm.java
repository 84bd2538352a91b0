package io.ismsflow.context;

import java.util.ArrayList;
import java.util.List;

/**
 * The scope screen as the browser posts it: the statement and its exclusion rows (blank rows are left out); checked
 * as a {@link ScopeDraft}. A bean rather than a record, so that rows bind by index.
 */
public class ScopeForm {

    static final int SPARE_ROWS = 2;

    private String statement;
    private String boundaries;
    private String interfaces;
    private List<Row> exclusions = new ArrayList<>();
    private Long version;

    /** One exclusion and its reason. */
    public static class Row {
        private String exclusion;
        private String reason;

        boolean isBlank() {
            return (exclusion == null || exclusion.isBlank()) && (reason == null || reason.isBlank());
        }

        public String getExclusion() { return exclusion; }
        public void setExclusion(String exclusion) { this.exclusion = exclusion; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A form for the open draft, or a new draft starting from the scope in force. */
    static ScopeForm of(ScopeVersion scope, boolean sameVersion) {
        ScopeForm form = new ScopeForm();
        form.statement = scope.getStatement();
        form.boundaries = scope.getBoundaries();
        form.interfaces = scope.getInterfaces();
        form.version = sameVersion ? scope.getVersion() : null;
        for (ScopeVersion.Exclusion exclusion : scope.getExclusions()) {
            Row row = new Row();
            row.exclusion = exclusion.exclusion();
            row.reason = exclusion.reason();
            form.exclusions.add(row);
        }
        return form.withSpareRows();
    }

    static ScopeForm blank() {
        return new ScopeForm().withSpareRows();
    }

    ScopeForm withSpareRows() {
        exclusions.removeIf(Row::isBlank);
        for (int i = 0; i < SPARE_ROWS; i++) {
            exclusions.add(new Row());
        }
        return this;
    }

    ScopeDraft draft() {
        return new ScopeDraft(blankToNull(statement), blankToNull(boundaries), blankToNull(interfaces), exclusions.stream()
                .filter(row -> !row.isBlank())
                .map(row -> new ScopeDraft.Exclusion(blankToNull(row.exclusion), blankToNull(row.reason))).toList(), version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getBoundaries() { return boundaries; }
    public void setBoundaries(String boundaries) { this.boundaries = boundaries; }
    public String getInterfaces() { return interfaces; }
    public void setInterfaces(String interfaces) { this.interfaces = interfaces; }
    public List<Row> getExclusions() { return exclusions; }
    public void setExclusions(List<Row> exclusions) { this.exclusions = exclusions; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
