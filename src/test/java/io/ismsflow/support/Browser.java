package io.ismsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (chromium and chromium-driver, installed by .ci/run), on the app
 * under test, with the steps a person takes: sign in, open a page, fill a form-js field, complete the task.
 * Screenshots go to target/browser/.
 */
public final class Browser {

    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Set by .ci/run: there a missing browser fails the browser tests instead of skipping them. */
    private static final String REQUIRED = "ISMS_BROWSER_TESTS";

    private final int port;
    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser(int port) throws IOException {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        this.port = port;
        this.driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build(), options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * Skips the browser tests, saying what to install, on a machine without Chromium and ChromeDriver; fails them
     * where they are required ({@code ISMS_BROWSER_TESTS=required}, as in CI).
     */
    private static void requireChromium() {
        String missing = "Browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver"
                + " (Debian: apt-get install chromium chromium-driver)";
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if ("required".equals(System.getenv(REQUIRED))) {
            assertThat(present).as(missing).isTrue();
        }
        Assumptions.assumeTrue(present, missing + ": skipped");
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    public WebElement waitFor(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /**
     * Waits for an element whose text contains the given text: after a form posts and redirects, the page it left may
     * still be shown for a moment, with an element of the same name and older text.
     */
    public String waitForText(By element, String text) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(element).stream().map(WebElement::getText).filter(shown -> shown.contains(text))
                        .findFirst().orElse(null));
    }

    /**
     * Picks an option of a form-js select (given by its component id), which is a dropdown of its own rather than a
     * native select: its visible part is the "-display" element.
     */
    public void choose(String componentId, String optionLabel) {
        waitFor(By.cssSelector("[id$='" + componentId + "-display']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + optionLabel + "']"))).click();
    }

    /** Picks the option of a form-js radio group by its label. */
    public void pick(String optionLabel) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[contains(@class,'fjs-form-field-label') and normalize-space()='" + optionLabel + "']"))).click();
    }

    /**
     * Opens a task from the task list, as a person would: the list is reloaded until the task's row shows (its
     * process may still be on its way there), then its link is followed.
     */
    public void openTaskFromList(String taskName, String subjectContains) {
        open("/tasks");
        String row = "//tr[td[contains(., '" + subjectContains + "')]]//a[normalize-space()='" + taskName + "']";
        wait.until(browser -> {
            if (browser.findElements(By.xpath(row)).isEmpty()) {
                browser.navigate().refresh();
                return false;
            }
            return true;
        });
        driver.findElement(By.xpath(row)).click();
        waitFor(By.cssSelector(".fjs-form"));
    }

    /** Presses "Complete task" and waits for the task list that follows a completed task. */
    public void complete() {
        driver.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.urlContains("/tasks?completed="));
    }

    /**
     * Runs axe-core (from npm, on the test classpath) on the page and returns its serious and critical violations,
     * each as "rule: what, where".
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() throws IOException {
        String axe = new String(Browser.class.getResourceAsStream("/axe-core/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        ((JavascriptExecutor) driver).executeScript(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        return (List<String>) result;
    }

    public void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    public void quit() {
        driver.quit();
    }
}
