package io.ismsflow.context;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An ISMS role (5.3): what it is responsible for, what it may decide, who holds it, and the sign-in group whose
 * process tasks it performs. Never deleted: retired when the organisation no longer has it.
 */
@Table("isms_role")
public class IsmsRole {

    @Id
    private Long id;
    private String code;
    private String name;
    private String taskGroup;
    private String responsibilities;
    private String authorities;
    private IssueStatus status;
    @MappedCollection(idColumn = "isms_role", keyColumn = "position")
    private List<Holder> holders = new ArrayList<>();
    @Version
    private Long version;

    /** A person holding the role. */
    @Table("role_holder")
    public record Holder(String person) {
    }

    @PersistenceCreator
    IsmsRole() {
    }

    static IsmsRole defined(RoleDraft draft) {
        IsmsRole role = new IsmsRole();
        role.status = IssueStatus.ACTIVE;
        role.describe(draft);
        return role;
    }

    void assignCode() {
        code = "ROLE-%02d".formatted(id);
    }

    void describe(RoleDraft draft) {
        name = draft.name();
        taskGroup = draft.taskGroup();
        responsibilities = draft.responsibilities();
        authorities = draft.authorities();
        holders = new ArrayList<>(draft.holders().stream().distinct().map(Holder::new).toList());
    }

    boolean retire() {
        if (status == IssueStatus.RETIRED) {
            return false;
        }
        status = IssueStatus.RETIRED;
        return true;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getTaskGroup() { return taskGroup; }
    public String getResponsibilities() { return responsibilities; }
    public String getAuthorities() { return authorities; }
    public IssueStatus getStatus() { return status; }
    public List<String> getHolders() { return holders.stream().map(Holder::person).toList(); }
    public Long getVersion() { return version; }
}
