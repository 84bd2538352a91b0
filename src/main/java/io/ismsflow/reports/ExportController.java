package io.ismsflow.reports;

import io.ismsflow.web.Csv;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registers as files: the Statement of Applicability, the risk register and the nonconformities, each as XLSX (a
 * cover sheet, the register, the SoA's themes) and as CSV (UTF-8 with a byte order mark, a first line that says what it
 * is), each saying the organisation, when, by whom and from which version.
 */
@Tag(name = "Exports", description = "The registers as XLSX and CSV")
@RestController
@RequestMapping("/api/exports")
class ExportController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterTables tables;
    private final ExportHeading heading;

    ExportController(RegisterTables tables, ExportHeading heading) {
        this.tables = tables;
        this.heading = heading;
    }

    @GetMapping("/soa.xlsx")
    ResponseEntity<StreamingResponseBody> soaXlsx(Principal principal) {
        return xlsx("statement-of-applicability.xlsx", tables::soa, principal);
    }

    @GetMapping("/soa.csv")
    ResponseEntity<byte[]> soaCsv(Principal principal) {
        return csv("statement-of-applicability.csv", tables.soa(), principal);
    }

    @GetMapping("/risks.xlsx")
    ResponseEntity<StreamingResponseBody> risksXlsx(Principal principal) {
        return xlsx("risk-register.xlsx", tables::risks, principal);
    }

    @GetMapping("/risks.csv")
    ResponseEntity<byte[]> risksCsv(Principal principal) {
        return csv("risk-register.csv", tables.risks(), principal);
    }

    @GetMapping("/nonconformities.xlsx")
    ResponseEntity<StreamingResponseBody> nonconformitiesXlsx(Principal principal) {
        return xlsx("nonconformities.xlsx", tables::nonconformities, principal);
    }

    @GetMapping("/nonconformities.csv")
    ResponseEntity<byte[]> nonconformitiesCsv(Principal principal) {
        return csv("nonconformities.csv", tables.nonconformities(), principal);
    }

    /** The table is read before the response starts, so a failure is still an error answer, not a broken file. */
    private ResponseEntity<StreamingResponseBody> xlsx(String filename, Supplier<Table> table, Principal principal) {
        Table read = table.get();
        ExportHeading.Heading about = heading.by(principal.getName());
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(out -> Spreadsheets.write(read, about, out));
    }

    private ResponseEntity<byte[]> csv(String filename, Table table, Principal principal) {
        List<String> lines = new ArrayList<>();
        lines.add(Csv.row(heading.by(principal.getName()).line(table.title())));
        lines.add(Csv.row(table.columns().toArray(String[]::new)));
        table.rows().forEach(row -> lines.add(Csv.row(row.toArray(String[]::new))));
        return Csv.download(filename, lines);
    }
}
