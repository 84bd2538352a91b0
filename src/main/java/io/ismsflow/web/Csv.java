package io.ismsflow.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Exports as CSV that spreadsheets open right and that cannot run anything when opened. */
public final class Csv {

    private Csv() {
    }

    /**
     * One line: fields quoted, and a field a spreadsheet would take for a formula (=, +, -, @) prefixed with an
     * apostrophe.
     */
    public static String row(String... fields) {
        return Stream.of(fields).map(field -> {
            String text = field == null ? "" : field;
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }).collect(Collectors.joining(","));
    }

    /** The lines as a download: UTF-8 with a byte order mark (so spreadsheets read names right), CRLF line ends. */
    public static ResponseEntity<byte[]> download(String filename, List<String> lines) {
        String csv = lines.stream().collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
