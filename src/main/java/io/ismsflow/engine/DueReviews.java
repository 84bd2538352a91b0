package io.ismsflow.engine;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the reviews a daily scan found due (risks, documents). A record whose review runs already is skipped; one
 * whose start fails is left for the next scan, and the others still start.
 */
public final class DueReviews {

    private static final Logger log = LoggerFactory.getLogger(DueReviews.class);

    private DueReviews() {
    }

    /**
     * @param alreadyRunning what {@code start} throws when the record's review runs already
     * @return how many reviews were started
     */
    public static <T> int start(String what, List<T> due, Function<T, String> name, Consumer<T> start,
                                Class<? extends RuntimeException> alreadyRunning) {
        int started = 0;
        for (T record : due) {
            try {
                start.accept(record);
                started++;
            } catch (RuntimeException e) {
                if (alreadyRunning.isInstance(e)) {
                    log.debug("{}", e.getMessage());
                } else {
                    log.warn("Could not start the review of {}: {}", name.apply(record), e.getMessage());
                }
            }
        }
        if (started > 0) {
            log.info("Started {} {} reviews that were due", started, what);
        }
        return started;
    }
}
