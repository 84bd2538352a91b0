package io.ismsflow.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A scan that runs once a day (each subclass schedules {@link #run} with its own cron) and, when configured, once when
 * the app is ready. A scan that fails is logged and tried again at its next run. Timer start events would be read once
 * at deployment; a scan reads the records and settings as they are.
 */
public abstract class DailyScan {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final boolean onStartup;

    protected DailyScan(boolean onStartup) {
        this.onStartup = onStartup;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (onStartup) {
            run();
        }
    }

    public void run() {
        try {
            scan();
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            if (ranOnAnotherInstance(e)) {
                log.info("Another instance wrote the same records at the same moment; this scan's share is theirs: {}", cause.getMessage());
            } else {
                log.warn("The scan did not run; the next run tries again: {}", cause.toString());
            }
        }
    }

    /**
     * A unique key taken meanwhile, or the deadlock two inserts of the same key end in: every instance scans at the
     * same hour, and the database lets one of them write.
     */
    private static boolean ranOnAnotherInstance(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }

    /** What the scan does; safe on several app instances at once. */
    protected abstract void scan();
}
