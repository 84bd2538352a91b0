package io.ismsflow.reports;

import java.util.List;

/**
 * A register as an export writes it: a title, what the register says of itself (the SoA's version in force), the
 * columns and the rows, and the sheets it is split into (the SoA's themes), each a subset of the rows.
 *
 * @param facts lines under the title, each a label and its value, on the cover sheet, the CSV's first lines and the print
 * @param sheets extra sheets by name, each with its rows (the first sheet always holds every row)
 */
record Table(String title, List<Fact> facts, List<String> columns, List<List<String>> rows, List<Sheet> sheets) {

    record Fact(String label, String value) {
    }

    record Sheet(String name, List<List<String>> rows) {
    }

    static Table of(String title, List<String> columns, List<List<String>> rows) {
        return new Table(title, List.of(), columns, rows, List.of());
    }
}
