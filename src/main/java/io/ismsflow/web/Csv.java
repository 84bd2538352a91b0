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

    public static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

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
        return ResponseEntity.ok().contentType(TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(bytes(lines));
    }

    /** The lines as a file's content: UTF-8 with a byte order mark, CRLF line ends. */
    public static byte[] bytes(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\r\n", "\uFEFF", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }
}
