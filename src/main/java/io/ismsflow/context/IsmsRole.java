package io.ismsflow.context;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An ISMS role (5.3): what it is responsible for, what it may decide, who holds it, and the sign-in group whose
 * process tasks it performs. Never deleted: retired when the organisation no longer has it.
 */
@Table("isms_role")
public class IsmsRole extends RegisterEntry {

    private String name;
    private String taskGroup;
    private String responsibilities;
    private String authorities;
    @MappedCollection(idColumn = "isms_role", keyColumn = "position")
    private List<Holder> holders = new ArrayList<>();

    /** A person holding the role. */
    @Table("role_holder")
    public record Holder(String person) {
    }

    @PersistenceCreator
    IsmsRole() {
    }

    static IsmsRole defined(RoleDraft draft) {
        IsmsRole role = new IsmsRole();
        role.describe(draft);
        return role;
    }

    void describe(RoleDraft draft) {
        name = draft.name();
        taskGroup = draft.taskGroup();
        responsibilities = draft.responsibilities();
        authorities = draft.authorities();
        holders = new ArrayList<>(draft.holders().stream().distinct().map(Holder::new).toList());
    }

    public String getName() { return name; }
    public String getTaskGroup() { return taskGroup; }
    public String getResponsibilities() { return responsibilities; }
    public String getAuthorities() { return authorities; }
    public List<String> getHolders() { return holders.stream().map(Holder::person).toList(); }
}
