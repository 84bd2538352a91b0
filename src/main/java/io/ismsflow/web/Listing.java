package io.ismsflow.web;

import java.util.List;

/** One page of a filtered list, and where the others are. */
public record Listing<T>(List<T> rows, int page, int pages, int total) {

    public static final int SIZE = 25;

    public static <T> Listing<T> of(List<T> all, int page) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        return new Listing<>(all.subList((shown - 1) * SIZE, Math.min(all.size(), shown * SIZE)), shown, pages, all.size());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
