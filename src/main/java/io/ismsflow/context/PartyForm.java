package io.ismsflow.context;

import java.util.ArrayList;
import java.util.List;

/**
 * The interested party's edit screen as the browser posts it: the party and its requirement rows (blank rows are
 * left out); checked as a {@link PartyDraft}. A bean rather than a record, so that rows bind by index.
 */
public class PartyForm {

    /** Empty rows offered for new requirements. */
    static final int SPARE_ROWS = 3;

    private String name;
    private PartyKind kind;
    private String description;
    private List<Row> requirements = new ArrayList<>();
    private Long version;

    /** One requirement row; "addressed" comes as yes or no. */
    public static class Row {
        private String requirement;
        private String source;
        private Boolean addressed;
        private String how;
        private String whyNot;
        private boolean climateRelated;

        boolean isBlank() {
            return (requirement == null || requirement.isBlank()) && (source == null || source.isBlank())
                    && (how == null || how.isBlank()) && (whyNot == null || whyNot.isBlank());
        }

        public String getRequirement() { return requirement; }
        public void setRequirement(String requirement) { this.requirement = requirement; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Boolean getAddressed() { return addressed; }
        public void setAddressed(Boolean addressed) { this.addressed = addressed; }
        public String getHow() { return how; }
        public void setHow(String how) { this.how = how; }
        public String getWhyNot() { return whyNot; }
        public void setWhyNot(String whyNot) { this.whyNot = whyNot; }
        public boolean isClimateRelated() { return climateRelated; }
        public void setClimateRelated(boolean climateRelated) { this.climateRelated = climateRelated; }
    }

    static PartyForm of(InterestedParty party) {
        PartyForm form = new PartyForm();
        form.name = party.getName();
        form.kind = party.getKind();
        form.description = party.getDescription();
        form.version = party.getVersion();
        for (InterestedParty.Requirement requirement : party.getRequirements()) {
            Row row = new Row();
            row.requirement = requirement.requirement();
            row.source = requirement.source();
            row.addressed = requirement.addressed();
            row.how = requirement.how();
            row.whyNot = requirement.whyNot();
            row.climateRelated = requirement.climateRelated();
            form.requirements.add(row);
        }
        return form.withSpareRows();
    }

    static PartyForm blank() {
        PartyForm form = new PartyForm();
        form.kind = PartyKind.CUSTOMERS;
        return form.withSpareRows();
    }

    PartyForm withSpareRows() {
        requirements.removeIf(Row::isBlank);
        for (int i = 0; i < SPARE_ROWS; i++) {
            requirements.add(new Row());
        }
        return this;
    }

    PartyDraft draft() {
        return new PartyDraft(blankToNull(name), kind, blankToNull(description), requirements.stream().filter(row -> !row.isBlank())
                .map(row -> new PartyDraft.Requirement(blankToNull(row.requirement), blankToNull(row.source), row.addressed,
                        blankToNull(row.how), blankToNull(row.whyNot), row.climateRelated))
                .toList(), version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PartyKind getKind() { return kind; }
    public void setKind(PartyKind kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Row> getRequirements() { return requirements; }
    public void setRequirements(List<Row> requirements) { this.requirements = requirements; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
