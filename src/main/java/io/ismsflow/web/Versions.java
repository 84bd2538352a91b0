package io.ismsflow.web;

import org.springframework.dao.OptimisticLockingFailureException;

/** The check every edit of a versioned record makes: the change must be made to the version as it stands (409 otherwise). */
public final class Versions {

    private Versions() {
    }

    /** @param record the record as people name it, e.g. "Risk R-004" */
    public static void requireCurrent(String record, Long current, Long changed) {
        if (!current.equals(changed)) {
            throw new OptimisticLockingFailureException("%s was changed meanwhile: it is at version %d, the change was made to version %d"
                    .formatted(record, current, changed));
        }
    }
}
