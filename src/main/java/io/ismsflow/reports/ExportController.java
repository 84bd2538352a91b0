package io.ismsflow.reports;

import io.ismsflow.evidence.PrintedPages;
import io.ismsflow.web.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registers as files: the Statement of Applicability, the risk register, the risk treatment plan and the
 * nonconformities, each as XLSX (a cover sheet, the register, the SoA's themes), CSV (UTF-8 with a byte order mark,
 * first lines that say what it is), PDF, and as the HTML print page the PDF is rendered from. Each says the
 * organisation, when, by whom and from which version.
 */
@Tag(name = "Exports", description = "The registers as XLSX, CSV, PDF and print page")
@RestController
@RequestMapping("/api/exports")
class ExportController {

    private static final List<String> FORMATS = List.of("xlsx", "csv", "pdf", "html");
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A register that exports, by the name its address uses. */
    private enum Register {
        SOA("soa", "statement-of-applicability", RegisterTables::soa),
        RISKS("risks", "risk-register", RegisterTables::risks),
        TREATMENT_PLAN("treatment-plan", "risk-treatment-plan", RegisterTables::treatmentPlan),
        NONCONFORMITIES("nonconformities", "nonconformities", RegisterTables::nonconformities);

        private static final Map<String, Register> BY_NAME = Arrays.stream(values()).collect(Collectors.toMap(r -> r.name, r -> r));

        private final String name;
        private final String filename;
        private final Function<RegisterTables, Table> table;

        Register(String name, String filename, Function<RegisterTables, Table> table) {
            this.name = name;
            this.filename = filename;
            this.table = table;
        }
    }

    private final RegisterTables tables;
    private final ExportHeading heading;
    private final PrintedPages printer;

    ExportController(RegisterTables tables, ExportHeading heading, PrintedPages printer) {
        this.tables = tables;
        this.heading = heading;
        this.printer = printer;
    }

    @Operation(summary = "A register as a file", description = "soa, risks, treatment-plan or nonconformities; as xlsx, csv, pdf or html (its print page)")
    @GetMapping("/{register}.{format}")
    ResponseEntity<StreamingResponseBody> export(@Parameter(schema = @Schema(allowableValues = {"soa", "risks", "treatment-plan", "nonconformities"})) @PathVariable String register,
                             @Parameter(schema = @Schema(allowableValues = {"xlsx", "csv", "pdf", "html"})) @PathVariable String format,
                             Principal principal) {
        // The table is read before the response starts, so a failure is still an error answer, not a broken file.
        Register which = Register.BY_NAME.get(register);
        if (which == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no register called " + register + " to export");
        }
        if (!FORMATS.contains(format)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Registers export as xlsx, csv, pdf or html, not " + format);
        }
        Table table = which.table.apply(tables);
        ExportHeading.Heading about = heading.by(principal.getName());
        String filename = which.filename + "." + format;
        return switch (format) {
            case "xlsx" -> attachment(filename, XLSX).body(out -> Spreadsheets.write(table, about, out));
            case "csv" -> {
                byte[] csv = csv(table, about);
                yield attachment(filename, Csv.TYPE).body(out -> out.write(csv));
            }
            case "pdf" -> {
                String html = print(table, about);
                yield attachment(filename, MediaType.APPLICATION_PDF).body(out -> printer.pdf(html, out));
            }
            default -> {
                byte[] html = print(table, about).getBytes(StandardCharsets.UTF_8);
                yield ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(out -> out.write(html));
            }
        };
    }

    /** The print page, which the PDF is rendered from. */
    private String print(Table table, ExportHeading.Heading about) {
        return printer.html("register-print", Map.of("table", table, "heading", about));
    }

    private static byte[] csv(Table table, ExportHeading.Heading about) {
        List<String> lines = new ArrayList<>();
        lines.add(Csv.row(about.line(table.title())));
        table.facts().forEach(fact -> lines.add(Csv.row(fact.label(), fact.value())));
        lines.add(Csv.row(table.columns().toArray(String[]::new)));
        table.rows().forEach(row -> lines.add(Csv.row(row.toArray(String[]::new))));
        return Csv.bytes(lines);
    }

    private static ResponseEntity.BodyBuilder attachment(String filename, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
    }
}
