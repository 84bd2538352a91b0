package io.ismsflow.reports;

import io.ismsflow.trail.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The risk register and the SoA imported from XLSX or CSV (the columns the exports write): a dry run by default, which
 * reports row by row what would change; with {@code dryRun=false} all of it in one transaction, or, with any problem,
 * none of it (400 with the report).
 */
@Tag(name = "Imports", description = "The risk register and the SoA from spreadsheets, with a dry run first")
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final RegisterImport imports;

    ImportController(RegisterImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a register from XLSX or CSV", description = "risks or soa; a dry run unless dryRun=false")
    @PostMapping(path = "/{register}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importRegister(@Parameter(schema = @Schema(allowableValues = {"risks", "soa"})) @PathVariable String register,
                                     @RequestParam MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
                                     Principal principal) throws IOException {
        ImportReport report = dryRun ? imports.dryRun(register, file.getOriginalFilename(), file.getBytes())
                : imports.apply(register, file.getOriginalFilename(), file.getBytes(), Actor.of(principal));
        if (!dryRun && report.refused()) {
            String why = report.problems().isEmpty() ? "%d rows have problems".formatted(report.count(ImportReport.Action.REFUSED))
                    : String.join("; ", report.problems());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Nothing was imported: " + why);
            problem.setTitle("The import was refused");
            problem.setProperty("report", report);
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(report);
    }
}
