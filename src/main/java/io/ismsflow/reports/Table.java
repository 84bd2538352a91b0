package io.ismsflow.reports;

import java.util.List;

/**
 * A register as an export writes it: a title, the columns and the rows, and the sheets it is split into (the SoA's
 * themes), each a subset of the rows.
 *
 * @param sheets extra sheets by name, each with its rows (the first sheet always holds every row)
 */
record Table(String title, List<String> columns, List<List<String>> rows, List<Sheet> sheets) {

    record Sheet(String name, List<List<String>> rows) {
    }

    static Table of(String title, List<String> columns, List<List<String>> rows) {
        return new Table(title, columns, rows, List.of());
    }
}
