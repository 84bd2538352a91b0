package io.ismsflow.shared;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Reads a long result in pages by key ("the next rows after id n"), so the rows in memory are one page however many
 * there are: what exports that stream a year of records use.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * @param page the rows after the given key, in key order, at most {@code size} of them
     * @param size the page size the query uses: a shorter page is the last one
     */
    public static <T> void forEach(LongFunction<List<T>> page, int size, ToLongFunction<T> key, Consumer<List<T>> each) {
        long after = 0;
        List<T> rows;
        do {
            rows = page.apply(after);
            if (!rows.isEmpty()) {
                each.accept(rows);
                after = key.applyAsLong(rows.getLast());
            }
        } while (rows.size() == size);
    }

    /** As {@link #forEach}, a row at a time. */
    public static <T> void forEachRow(LongFunction<List<T>> page, int size, ToLongFunction<T> key, Consumer<T> each) {
        forEach(page, size, key, rows -> rows.forEach(each));
    }
}
