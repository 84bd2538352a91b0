package io.ismsflow.reports;

import java.util.List;

/**
 * What an import of a register would do (a dry run) or did, row by row: what each row creates or changes, field by
 * field, and every problem. A file with any problem is imported not at all.
 *
 * @param problems what is wrong with the file as a whole (not a register, columns missing)
 */
record ImportReport(String file, String register, boolean applied, List<String> problems, List<Row> rows) {

    enum Action { CREATE, CHANGE, UNCHANGED, REFUSED }

    /** @param line the row's line in the file, as the spreadsheet numbers it */
    record Row(int line, String key, Action action, List<String> changes, List<String> problems) {
    }

    static ImportReport unreadable(String file, String register, String problem) {
        return new ImportReport(file, register, false, List.of(problem), List.of());
    }

    public boolean refused() {
        return !problems.isEmpty() || rows.stream().anyMatch(row -> !row.problems().isEmpty());
    }

    public long count(Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    public String summary() {
        return "%d new, %d changed, %d unchanged, %d with problems.".formatted(count(Action.CREATE), count(Action.CHANGE), count(Action.UNCHANGED),
                count(Action.REFUSED));
    }

    ImportReport appliedNow() {
        return new ImportReport(file, register, true, problems, rows);
    }
}
