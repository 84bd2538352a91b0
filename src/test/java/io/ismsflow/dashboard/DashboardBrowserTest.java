package io.ismsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismsflow.measurement.Metrics;
import io.ismsflow.support.Browser;
import io.ismsflow.support.IntegrationTest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The management dashboard and the process dashboard in Chromium, with axe-core. Screenshots in target/browser/. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    @LocalServerPort int port;
    @Autowired Metrics metrics;
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
    void managementSeesTheTilesTheHeatMapAndTheProcesses() throws IOException {
        metrics.sample(LocalDate.now(clock));
        browser.signIn("top-manager");
        browser.open("/");
        assertThat(browser.waitFor(By.cssSelector(".tiles")).findElements(By.cssSelector("a.tile"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Risk heat map").contains("Inherent")
                .contains("Residual").contains("Management review (9.3)");
        browser.screenshot("dashboard");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/artefacts");
        assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Statement of Applicability").contains("Management review minutes");
        browser.screenshot("artefacts");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open("/processes");
        assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Corrective action").contains("Internal audit");
        browser.screenshot("processes");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
