package io.ismsflow.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a register back from a spreadsheet, XLSX or CSV, as the exports write it or as a person made it: the rows
 * below the first row whose first cell names the register's key column ("Code", "Control"), each by column name.
 * Lines above it (the export's heading) are skipped; so are empty rows.
 */
final class SheetReader {

    /** A row by column name, and its line in the file, for the report. */
    record Line(int number, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    record Register(List<String> columns, List<Line> lines) {
    }

    /** A file that is no register: refused as a whole, with what is wrong. */
    static final class UnreadableFileException extends RuntimeException {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    private static final int HEADER_WITHIN = 20;

    private SheetReader() {
    }

    static Register read(String filename, byte[] content, String keyColumn) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> rows;
        if (name.endsWith(".xlsx")) {
            rows = xlsx(content);
        } else if (name.endsWith(".csv")) {
            rows = csv(content);
        } else {
            throw new UnreadableFileException("Import reads .xlsx and .csv files; " + (name.isEmpty() ? "no file was given" : filename + " is neither"));
        }
        for (int header = 0; header < Math.min(HEADER_WITHIN, rows.size()); header++) {
            List<String> columns = rows.get(header).stream().map(String::strip).toList();
            if (!columns.isEmpty() && columns.getFirst().equalsIgnoreCase(keyColumn)) {
                return new Register(columns, lines(columns, rows, header));
            }
        }
        throw new UnreadableFileException("No row of the first " + HEADER_WITHIN + " starts with the column \"" + keyColumn
                + "\": export the register once to see the columns an import reads");
    }

    private static List<Line> lines(List<String> columns, List<List<String>> rows, int header) {
        List<Line> lines = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                values.put(columns.get(c), c < row.size() ? row.get(c) : "");
            }
            lines.add(new Line(i + 1, values));
        }
        return lines;
    }

    /** The register sheet (the export's "Register", else the first), cells as text, dates as ISO dates. */
    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet("Register") != null ? workbook.getSheet("Register") : workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("The file is not a readable XLSX workbook (" + e.getMessage() + ")");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    /** UTF-8 (with or without a byte order mark); a value the export guarded against formulas ('=…) read back as written. */
    private static List<List<String>> csv(byte[] content) {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content)).get(),
                StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
                rows.add(record.stream().map(SheetReader::unguarded).toList());
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("The file is not readable as CSV (" + e.getMessage() + ")");
        }
    }

    private static String unguarded(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }
}
