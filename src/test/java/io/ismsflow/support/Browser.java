package io.ismsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
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

    private final int port;
    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser(int port) throws IOException {
        File chromium = new File("/usr/bin/chromium");
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromium).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does it)").exists();
        assertThat(chromedriver).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        this.port = port;
        this.driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build(), options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
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
     * Picks an option of a form-js select (given by its component id), which is a dropdown of its own rather than a
     * native select: its visible part is the "-display" element.
     */
    public void choose(String componentId, String optionLabel) {
        waitFor(By.cssSelector("[id$='" + componentId + "-display']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + optionLabel + "']"))).click();
    }

    /** Presses "Complete task" and waits for the task list that follows a completed task. */
    public void complete() {
        driver.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.urlContains("/tasks?completed="));
    }

    public void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    public void quit() {
        driver.quit();
    }
}
