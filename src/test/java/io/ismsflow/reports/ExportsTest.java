package io.ismsflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.support.IntegrationTest;
import io.ismsflow.trail.Actor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The registers' exports, opened as their readers would: POI reads the XLSX sheets and cells, the CSV is split into lines. */
@IntegrationTest
class ExportsTest {

    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired RiskRegister risks;

    @Test
    void theSoaOpensAsAWorkbookWithACoverTheRegisterAndASheetPerTheme() throws IOException {
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/soa.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("statement-of-applicability.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("About");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isNotBlank();
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Vera Viewer");
            assertThat(workbook.getSheetAt(0).getRow(6).getCell(0).getStringCellValue()).isEqualTo("Version in force");
            Sheet register = workbook.getSheet("Register");
            assertThat(register.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Applicable");
            assertThat(register.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Justification of exclusion");
            assertThat(register.getLastRowNum()).isGreaterThanOrEqualTo(93);
            assertThat(register.getRow(1).getCell(0).getStringCellValue()).isEqualTo("5.1");
            int byTheme = 0;
            for (String theme : List.of("Organizational", "People", "Physical", "Technological")) {
                byTheme += workbook.getSheet(theme).getLastRowNum();
            }
            assertThat(byTheme).isEqualTo(register.getLastRowNum());
        }
    }

    @Test
    void theRegistersExportAsCsvSayingWhatTheyAre() {
        for (String register : List.of("soa", "risks", "treatment-plan", "nonconformities")) {
            ResponseEntity<byte[]> csv = rest.withBasicAuth("risk-owner", "demo").getForEntity("/api/exports/" + register + ".csv", byte[].class);
            assertThat(csv.getStatusCode()).as(register).isEqualTo(HttpStatus.OK);
            List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.getFirst()).as(register).contains("Exported").contains("by Rafael Owner").contains("ISMS Flow");
            String header = switch (register) {
                case "soa" -> "\"Control\",";
                case "treatment-plan" -> "\"Risk\",";
                default -> "\"Code\",";
            };
            assertThat(lines.stream().filter(line -> line.startsWith(header)).count()).as(register).isOne();
        }
        ResponseEntity<byte[]> risks = rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/risks.xlsx", byte[].class);
        assertThat(risks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/exports/risks.xlsx", byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRegistersPrintAsPdfFromTheirPrintPage() throws IOException {
        String riskCode = risks.identify(new RiskDraft("Printed risk " + System.nanoTime(), null, "CRM", "Phishing", "No MFA", true, false, false,
                "risk-owner", 4, 4, Treatment.MODIFY, "MFA", 2, 2, LocalDate.now(clock).plusYears(1), null), Actor.person("risk-owner")).getCode();
        for (String register : List.of("soa", "risks", "treatment-plan", "nonconformities")) {
            ResponseEntity<byte[]> pdf = rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/" + register + ".pdf", byte[].class);
            assertThat(pdf.getStatusCode()).as(register).isEqualTo(HttpStatus.OK);
            assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            String printPage = rest.withBasicAuth("viewer", "demo").getForObject("/api/exports/" + register + ".html", String.class);
            try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).as(register).contains("Exported").contains("by Vera Viewer").contains("ISMS Flow");
                assertThat(printPage).as(register).contains("by Vera Viewer");
                switch (register) {
                    case "soa" -> assertThat(text).contains("Statement of Applicability").contains("Version in force").contains("5.1")
                            .contains("Policies for information security");
                    case "risks" -> assertThat(text).contains("Risk register").contains(riskCode);
                    case "treatment-plan" -> assertThat(text).contains("Risk treatment plan");
                    default -> assertThat(text).contains("Nonconformities and corrective action");
                }
            }
        }
    }

    @Test
    void anUnknownRegisterOrFormatIsNotFound() {
        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/assets.xlsx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/soa.docx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
