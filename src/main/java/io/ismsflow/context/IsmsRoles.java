package io.ismsflow.context;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.InvalidFieldsException;
import io.ismsflow.web.Versions;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISMS roles (5.3) and who holds them. Every change, a new holder above all, is in the trail with who made it;
 * other modules ask here who holds a role (a published policy tells the roles it names).
 */
@Service
@Transactional
public class IsmsRoles {

    static final String ROLE = "isms-role";

    private final IsmsRoleRepository roles;
    private final AuditTrail trail;

    IsmsRoles(IsmsRoleRepository roles, AuditTrail trail) {
        this.roles = roles;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public List<IsmsRole> all() {
        return roles.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public long count() {
        return roles.count();
    }

    @Transactional(readOnly = true)
    public IsmsRole get(long id) {
        return roles.findById(id).orElseThrow(() -> new NoSuchElementException("Role " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return roles.existsById(id);
    }

    /** The people holding any of the roles, each once. */
    @Transactional(readOnly = true)
    public Set<String> holdersOf(Collection<Long> roleIds) {
        Set<String> holders = new LinkedHashSet<>();
        roles.findAllById(roleIds).forEach(role -> holders.addAll(role.getHolders()));
        return holders;
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(ROLE, String.valueOf(id));
    }

    public IsmsRole define(RoleDraft draft, Actor actor) {
        if (roles.existsByName(draft.name())) {
            throw nameTaken();
        }
        IsmsRole role = roles.save(IsmsRole.defined(draft));
        role.assignCode("ROLE-%02d");
        role = roles.save(role);
        trail.record(ROLE, role.getId(), "defined", null, role, actor);
        return role;
    }

    /** A change of holders is recorded as such: assigning a role is what an auditor looks for. */
    public IsmsRole change(long id, RoleDraft draft, Actor actor) {
        IsmsRole role = get(id);
        Versions.requireCurrent("Role " + role.getCode(), role.getVersion(), draft.version());
        if (roles.existsByNameAndIdNot(draft.name(), id)) {
            throw nameTaken();
        }
        var before = trail.snapshot(role);
        List<String> holdersBefore = role.getHolders();
        role.describe(draft);
        role = roles.save(role);
        trail.record(ROLE, role.getId(), holdersBefore.equals(role.getHolders()) ? "edited" : "holders-changed", before, role, actor);
        return role;
    }

    public IsmsRole retire(long id, Actor actor) {
        return RegisterRetirement.retire(get(id), roles, trail, ROLE, actor);
    }

    private static InvalidFieldsException nameTaken() {
        return new InvalidFieldsException(Map.of("name", "another role has this name"));
    }
}
