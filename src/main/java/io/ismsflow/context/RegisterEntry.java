package io.ismsflow.context;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What the context registers' records share: an id, a code people cite (ISS-001, IP-001, ROLE-01), and a status. They
 * are never deleted: an entry no longer relevant is retired and stays on record.
 */
abstract class RegisterEntry {

    @Id
    private Long id;
    private String code;
    private IssueStatus status = IssueStatus.ACTIVE;
    @Version
    private Long version;

    /** Gives the entry its code once the database gave it its id, e.g. {@code "ISS-%03d"}. */
    void assignCode(String pattern) {
        code = pattern.formatted(id);
    }

    /** @return false if it was retired already */
    boolean retire() {
        if (status == IssueStatus.RETIRED) {
            return false;
        }
        status = IssueStatus.RETIRED;
        return true;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public IssueStatus getStatus() { return status; }
    public Long getVersion() { return version; }
}
