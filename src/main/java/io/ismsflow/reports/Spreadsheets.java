package io.ismsflow.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a register as XLSX with Apache POI's streaming workbook (a window of rows in memory, the rest on disk): a cover
 * sheet with the heading, the register on its own sheet, and its extra sheets (the SoA's themes).
 */
final class Spreadsheets {

    private static final int ROWS_IN_MEMORY = 200;

    private Spreadsheets() {
    }

    static void write(Table table, ExportHeading.Heading heading, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet cover = workbook.createSheet("About");
            List<List<String>> about = new ArrayList<>(List.of(List.of(table.title()), List.of("Organisation", heading.organisation()),
                    List.of("Exported", heading.exportedAt().toString()), List.of("By", heading.exportedBy()), List.of("ISMS Flow", heading.version()),
                    List.of("Rows", String.valueOf(table.rows().size()))));
            table.facts().forEach(fact -> about.add(List.of(fact.label(), fact.value())));
            for (int i = 0; i < about.size(); i++) {
                fill(cover.createRow(i), about.get(i), i == 0 ? bold : null);
            }
            sheet(workbook, "Register", table.columns(), table.rows(), bold);
            for (Table.Sheet extra : table.sheets()) {
                sheet(workbook, extra.name(), table.columns(), extra.rows(), bold);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void sheet(SXSSFWorkbook workbook, String name, List<String> columns, List<List<String>> rows, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        fill(sheet.createRow(0), columns, bold);
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < rows.size(); i++) {
            fill(sheet.createRow(i + 1), rows.get(i), null);
        }
    }

    private static void fill(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
