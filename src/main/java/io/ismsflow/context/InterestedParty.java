package io.ismsflow.context;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An interested party relevant to the ISMS (4.2) with its requirements; never deleted, retired when no longer relevant. */
@Table("interested_party")
public class InterestedParty extends RegisterEntry {

    private String name;
    private PartyKind kind;
    private String description;
    @MappedCollection(idColumn = "interested_party", keyColumn = "position")
    private List<Requirement> requirements = new ArrayList<>();

    /** One requirement as stored, in the order the party's page lists them. */
    @Table("party_requirement")
    public record Requirement(String requirement, String source, boolean addressed, String how, String whyNot, boolean climateRelated) {
    }

    @PersistenceCreator
    InterestedParty() {
    }

    static InterestedParty recorded(PartyDraft draft) {
        InterestedParty party = new InterestedParty();
        party.describe(draft);
        return party;
    }

    void describe(PartyDraft draft) {
        name = draft.name();
        kind = draft.kind();
        description = draft.description();
        requirements = new ArrayList<>(draft.requirements().stream().map(r -> new Requirement(r.requirement(), r.source(),
                r.addressed(), r.addressed() ? r.how() : null, r.addressed() ? null : r.whyNot(), r.climateRelated())).toList());
    }

    public String getName() { return name; }
    public PartyKind getKind() { return kind; }
    public String getDescription() { return description; }
    public List<Requirement> getRequirements() { return List.copyOf(requirements); }
    public long getNotAddressed() { return requirements.stream().filter(r -> !r.addressed()).count(); }
}
