package io.ismsflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.risk.Risk;
import io.ismsflow.risk.RiskDraft;
import io.ismsflow.risk.RiskRegister;
import io.ismsflow.risk.Treatment;
import io.ismsflow.soa.ImplementationStatus;
import io.ismsflow.soa.StatementOfApplicability;
import io.ismsflow.support.IsolatedIntegrationTest;
import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The registers imported from the spreadsheets their exports write: an export round-trips unchanged, a changed file is
 * reported field by field before anything changes, a file with any problem changes nothing, and an applied import is
 * in the audit trail with its file and who imported it.
 */
@IsolatedIntegrationTest
class ImportTest {

    @Autowired TestRestTemplate rest;
    @Autowired RiskRegister risks;
    @Autowired StatementOfApplicability soa;
    @Autowired AuditTrail trail;

    @Test
    void anExportedRegisterImportsUnchangedAndAnEditedOneIsReportedThenApplied() throws IOException {
        Risk ransomware = risks.identify(draft("Ransomware on the file servers"), Actor.person("risk-owner"));
        risks.identify(draft("Laptop theft"), Actor.person("risk-owner"));
        byte[] exported = rest.withBasicAuth("isms-manager", "demo").getForObject("/api/exports/risks.xlsx", byte[].class);

        Map<?, ?> unchanged = importFile("risks", "risk-register.xlsx", exported, true).getBody();
        assertThat(rows(unchanged)).hasSize(risks.all().size()).allSatisfy(row -> assertThat(row.get("action")).isEqualTo("UNCHANGED"));

        byte[] edited = editWorkbook(exported, register -> {
            Row first = rowOf(register, ransomware.getCode());
            // The export writes inline strings; POI changes such a cell only when it is made anew (as Excel does on saving).
            first.removeCell(first.getCell(6));
            first.createCell(6).setCellValue("Olga Operations");
            first.removeCell(first.getCell(7));
            first.createCell(7).setCellValue("2");
            Row added = register.createRow(register.getLastRowNum() + 1);
            List<String> values = List.of("", "Supplier breach", "CRM", "Supplier compromise", "No supplier audits", "confidentiality",
                    "it-operations", "3", "4", "", "Modify (treat with controls)", "2", "2", "", "", "", "");
            for (int i = 0; i < values.size(); i++) {
                added.createCell(i).setCellValue(values.get(i));
            }
        });
        Map<?, ?> dryRun = importFile("risks", "risk-register.xlsx", edited, true).getBody();
        assertThat(dryRun.get("applied")).isEqualTo(false);
        assertThat(rows(dryRun).stream().map(row -> row.get("key") + " " + row.get("action")).toList())
                .contains(ransomware.getCode() + " CHANGE", "null CREATE").filteredOn(row -> row.endsWith("UNCHANGED")).hasSize(risks.all().size() - 1);
        assertThat(rows(dryRun)).filteredOn(row -> ransomware.getCode().equals(row.get("key"))).singleElement()
                .satisfies(row -> assertThat(strings(row.get("changes"))).containsExactly("Owner: Rafael Owner → Olga Operations", "Likelihood: 4 → 2"));
        assertThat(risks.get(ransomware.getId()).getOwner()).isEqualTo("risk-owner");

        ResponseEntity<Map> applied = importFile("risks", "risk-register.xlsx", edited, false);

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(applied.getBody().get("applied")).isEqualTo(true);
        assertThat(risks.get(ransomware.getId()).getOwner()).isEqualTo("it-operations");
        assertThat(risks.get(ransomware.getId()).getLikelihood()).isEqualTo(2);
        assertThat(risks.all()).extracting(Risk::getTitle).contains("Supplier breach");
        TrailEntry imported = trail.find(RegisterImport.ENTITY, null).getLast();
        assertThat(imported.actor()).isEqualTo("isms-manager");
        assertThat(imported.afterState()).contains("risk-register.xlsx").contains(ransomware.getCode());
        assertThat(risks.trailOf(ransomware.getId()).getLast().actor()).isEqualTo("isms-manager");
    }

    @Test
    void aFileWithAnyProblemImportsNothingAndSaysWhatIsWrongRowByRow() {
        Risk phishing = risks.identify(draft("Phishing of the finance team"), Actor.person("risk-owner"));
        String csv = String.join("\r\n", "\"Code\",\"Title\",\"Asset\",\"Threat\",\"Vulnerability\",\"Affects\",\"Owner\",\"Likelihood\",\"Impact\","
                        + "\"Treatment\",\"Residual likelihood\",\"Residual impact\",\"Next review\"",
                "\"%s\",\"Phishing, renamed\",\"Mail\",\"Phishing\",\"No training\",\"confidentiality\",\"Rafael Owner\",\"3\",\"3\",\"Retain (accept)\",\"3\",\"3\",\"\""
                        .formatted(phishing.getCode()),
                "\"\",\"Flood\",\"Data centre\",\"Flood\",\"Basement\",\"availability\",\"Nobody Known\",\"7\",\"3\",\"Pray\",\"1\",\"1\",\"soon\"",
                "\"%s\",\"Twice\",\"Mail\",\"Phishing\",\"No training\",\"confidentiality\",\"risk-owner\",\"3\",\"3\",\"Avoid\",\"1\",\"1\",\"\""
                        .formatted(phishing.getCode()));
        int before = risks.all().size();

        ResponseEntity<Map> refused = importFile("risks", "risks.csv", csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("title")).isEqualTo("The import was refused");
        List<Map<?, ?>> rows = rows((Map<?, ?>) refused.getBody().get("report"));
        assertThat(rows.get(0).get("action")).isEqualTo("CHANGE");
        assertThat(strings(rows.get(1).get("problems"))).containsExactly("Owner: nobody called \"Nobody Known\" is known here",
                "Likelihood: \"7\" is not a score from 1 to 5",
                "Treatment: \"Pray\" is none of Modify (treat with controls), Retain (accept), Avoid, Share (transfer)",
                "Next review: \"soon\" is not a date as 2027-06-30");
        assertThat(strings(rows.get(2).get("problems"))).containsExactly("Code: %s is on line 2 already".formatted(phishing.getCode()));
        assertThat(risks.all()).hasSize(before);
        assertThat(risks.get(phishing.getId()).getTitle()).isEqualTo("Phishing of the finance team");
    }

    @Test
    void theSoaImportsFromCsvDecidingTheControlsItNames() {
        String exported = new String(rest.withBasicAuth("isms-manager", "demo").getForObject("/api/exports/soa.csv", byte[].class), StandardCharsets.UTF_8);
        String header = exported.lines().filter(line -> line.startsWith("\"Control\"")).findFirst().orElseThrow();
        String decided = String.join("\r\n", header,
                "\"5.1\",\"Policies for information security\",\"Organizational\",\"Yes\",\"Business requirement, Legal requirement\","
                        + "\"The policy set\",\"Implemented\",\"\",\"Ines Manager\",\"POL-001; POL-002\",\"\"",
                "\"7.4\",\"Physical security monitoring\",\"Physical\",\"No\",\"\",\"\",\"Not started\",\"Offices only, no premises of our own\","
                        + "\"\",\"\",\"\"");
        String unknown = decided + "\r\n\"5.99\",\"Made up\",\"Organizational\",\"Yes\",\"Business requirement\",\"x\",\"Planned\",\"\",\"\",\"\",\"\"";

        Map<?, ?> dryRun = importFile("soa", "soa.csv", unknown.getBytes(StandardCharsets.UTF_8), true).getBody();
        assertThat(strings(rows(dryRun).get(2).get("problems"))).singleElement().asString().startsWith("Control: 5.99 is not in the SoA");
        assertThat(importFile("soa", "soa.csv", decided.getBytes(StandardCharsets.UTF_8), false).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(soa.get("5.1").getApplicable()).isTrue();
        assertThat(soa.get("5.1").getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(soa.get("5.1").getOwner()).isEqualTo("isms-manager");
        assertThat(soa.get("5.1").getEvidence()).containsExactly("POL-001", "POL-002");
        assertThat(soa.get("7.4").getApplicable()).isFalse();
        assertThat(soa.trailOf("7.4").getLast().actor()).isEqualTo("isms-manager");
    }

    @Test
    void aFileThatIsNoRegisterIsRefusedAsAWholeAndOnlyIsmsManagersImport() {
        Map<?, ?> report = importFile("risks", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), true).getBody();
        assertThat(strings(report.get("problems"))).containsExactly("Import reads .xlsx and .csv files; notes.txt is neither");
        Map<?, ?> headerless = importFile("soa", "soa.csv", "\"a\",\"b\"\r\n".getBytes(StandardCharsets.UTF_8), true).getBody();
        assertThat(strings(headerless.get("problems"))).singleElement().asString().contains("starts with the column \"Control\"");
        assertThat(importFile("risks", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), false).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("risk-owner", "risks", "risks.csv", new byte[0], true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map> importFile(String register, String filename, byte[] content, boolean dryRun) {
        return post("isms-manager", register, filename, content, dryRun);
    }

    private ResponseEntity<Map> post(String user, String register, String filename, byte[] content, boolean dryRun) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/imports/" + register + "?dryRun=" + dryRun, new HttpEntity<>(form, headers),
                Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> rows(Map<?, ?> report) {
        return (List<Map<?, ?>>) report.get("rows");
    }

    private static Row rowOf(Sheet register, String code) {
        for (Row row : register) {
            if (code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new IllegalStateException(code + " is not in the export");
    }

    private static byte[] editWorkbook(byte[] xlsx, java.util.function.Consumer<Sheet> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook.getSheet("Register"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static RiskDraft draft(String title) {
        return new RiskDraft(title, null, "File servers", "Ransomware", "Flat network", true, true, true, "risk-owner", 4, 4, Treatment.MODIFY,
                "Segment", 2, 3, null, null);
    }
}
