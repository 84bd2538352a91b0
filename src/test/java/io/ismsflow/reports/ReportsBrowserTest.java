package io.ismsflow.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The evidence pack page and the import page in Chromium, with axe-core. Screenshots in target/browser/. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    @LocalServerPort int port;
    @Autowired EvidencePacks packs;
    @Autowired Clock clock;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anIsmsManagerFindsTheEvidencePackFromTheArtefactMap() throws IOException {
        LocalDate today = LocalDate.now(clock);
        EvidencePack requested = packs.request(new PackPeriod(today.minusMonths(3), today, ZoneOffset.UTC), "isms-manager");
        await().atMost(Duration.ofSeconds(30)).until(() -> packs.get(requested.id()).status() == EvidencePack.Status.READY);
        browser.signIn("isms-manager");
        browser.open("/artefacts");
        browser.waitFor(By.linkText("Export the evidence pack of an audit period")).click();
        browser.waitForText(By.tagName("main"), "Packs exported lately");
        assertThat(browser.driver().findElement(By.name("from")).getAttribute("value")).isNotBlank();
        assertThat(browser.driver().findElement(By.tagName("tbody")).getText()).contains("Built in the background").contains("Ready")
                .contains(packs.get(requested.id()).sha256());
        assertThat(browser.driver().findElements(By.linkText("Download"))).isNotEmpty();
        browser.screenshot("evidence-packs");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aSpreadsheetIsCheckedRowByRowBeforeItIsImported() throws IOException {
        Path csv = Files.createTempFile("risks", ".csv");
        Files.writeString(csv, String.join("\r\n", "\"Code\",\"Title\",\"Asset\",\"Threat\",\"Vulnerability\",\"Affects\",\"Owner\",\"Likelihood\","
                        + "\"Impact\",\"Treatment\",\"Residual likelihood\",\"Residual impact\",\"Next review\"",
                "\"\",\"Shadow IT\",\"SaaS\",\"Unsanctioned apps\",\"No CASB\",\"confidentiality\",\"Rafael Owner\",\"3\",\"3\",\"Modify (treat with controls)\",\"2\",\"2\",\"\"",
                "\"\",\"Flood\",\"Data centre\",\"Flood\",\"Basement\",\"availability\",\"Nobody Known\",\"9\",\"3\",\"Avoid\",\"1\",\"1\",\"\""),
                StandardCharsets.UTF_8);
        browser.signIn("isms-manager");
        browser.open("/risks");
        browser.waitFor(By.linkText("Import from a spreadsheet")).click();
        browser.waitFor(By.name("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("form[action='/imports'] button")).click();

        String report = browser.waitForText(By.tagName("main"), "with problems");
        assertThat(report).contains("1 new, 0 changed, 0 unchanged, 1 with problems.").contains("New risk: Shadow IT")
                .contains("Likelihood: \"9\" is not a score from 1 to 5").contains("Owner: nobody called \"Nobody Known\" is known here");
        assertThat(browser.driver().findElements(By.xpath("//button[text()='Apply the import']"))).isEmpty();
        browser.screenshot("import-report");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        Files.delete(csv);
    }
}
