package io.ismsflow.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

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
            log.warn("The scan did not run; the next run tries again: {}", e.getMessage());
        }
    }

    /** What the scan does; safe on several app instances at once. */
    protected abstract void scan();
}
