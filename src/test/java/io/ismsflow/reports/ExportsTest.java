package io.ismsflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The registers' exports, opened as their readers would: POI reads the XLSX sheets and cells, the CSV is split into lines. */
@IntegrationTest
class ExportsTest {

    @Autowired TestRestTemplate rest;

    @Test
    void theSoaOpensAsAWorkbookWithACoverTheRegisterAndASheetPerTheme() throws IOException {
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/soa.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("statement-of-applicability.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("About");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isNotBlank();
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Vera Viewer");
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
        for (String register : List.of("soa", "risks", "nonconformities")) {
            ResponseEntity<byte[]> csv = rest.withBasicAuth("risk-owner", "demo").getForEntity("/api/exports/" + register + ".csv", byte[].class);
            assertThat(csv.getStatusCode()).as(register).isEqualTo(HttpStatus.OK);
            List<String> lines = new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.getFirst()).as(register).contains("Exported").contains("by Rafael Owner").contains("ISMS Flow");
            assertThat(lines.get(1)).as(register).startsWith(register.equals("soa") ? "\"Control\"," : "\"Code\",");
        }
        ResponseEntity<byte[]> risks = rest.withBasicAuth("viewer", "demo").getForEntity("/api/exports/risks.xlsx", byte[].class);
        assertThat(risks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/exports/risks.xlsx", byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
