package jp.kyoso.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium (Debian's chromium and chromedriver) on the portal, with the few waits the journeys need. One
 * per test: a fresh profile, so no token or language choice leaks from one journey into the next.
 */
final class PortalBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final URI portal;

    private PortalBrowser(ChromeDriver driver, URI portal) {
        this.driver = driver;
        this.portal = portal;
    }

    static PortalBrowser open(URI portal) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--lang=ja");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new PortalBrowser(new ChromeDriver(service, options), portal);
    }

    /** Opens a screen by its hash route, e.g. {@code /apply}. */
    void go(String route) {
        driver.get(portal.resolve("/#" + route).toString());
    }

    /** The hash route the browser is on, e.g. {@code /apply}. */
    String currentRoute() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf('#') + 1);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element, once it is on the page and shown. */
    WebElement await(String css) {
        awaitTrue(() -> findAll(css).stream().anyMatch(WebElement::isDisplayed), "visible " + css);
        return find(css);
    }

    /** Waits until the element's text is {@code expected}. */
    void awaitText(String css, String expected) {
        awaitTrue(() -> findAll(css).stream().anyMatch(e -> expected.equals(e.getText().trim())),
                css + " = " + expected);
    }

    void awaitTextContaining(String css, String part) {
        awaitTrue(() -> findAll(css).stream().anyMatch(e -> e.getText().contains(part)), css + " contains " + part);
    }

    void awaitTrue(Supplier<Boolean> condition, String what) {
        try {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(condition::get);
        } catch (ConditionTimeoutException e) {
            screenshot("failed-" + what.replaceAll("[^A-Za-z0-9-]+", "_"));
            throw new AssertionError("Waited for " + what + " at " + driver.getCurrentUrl() + "; browser console: "
                    + console(), e);
        }
    }

    void type(String css, String text) {
        WebElement input = await(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses the option with that value in a select, the way a user clicks it. */
    void choose(String selectCss, String value) {
        await(selectCss).click();
        find(selectCss + " option[value='" + value + "']").click();
    }

    /** Chooses the first option whose text contains {@code part}. */
    void chooseContaining(String selectCss, String part) {
        await(selectCss).click();
        awaitTrue(() -> findAll(selectCss + " option").stream().anyMatch(o -> o.getText().contains(part)),
                selectCss + " offers " + part);
        findAll(selectCss + " option").stream().filter(o -> o.getText().contains(part)).findFirst().orElseThrow()
                .click();
    }

    /**
     * Puts text into a textarea as a paste from a spreadsheet would: all at once, tabs and newlines kept (typing a
     * tab would move the focus instead).
     */
    void paste(String css, String text) {
        WebElement area = await(css);
        script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
    }

    /** Presses Tab on whatever has the focus, as a keyboard user moves on. */
    void pressTab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    void click(String css) {
        if (css.contains("data-route")) {
            // A menu link may sit in a closed programme drop-down (or the folded phone menu): open it as a user would.
            awaitTrue(() -> findAll(css).stream().anyMatch(WebElement::isDisplayed) || openMenuFor(css),
                    "visible " + css);
        }
        await(css).click();
    }

    /** Opens the folded menu and the drop-down that hold the menu link {@code css}; false, so the wait looks again. */
    private boolean openMenuFor(String css) {
        script("const link = document.querySelector('#menu ' + arguments[0]);"
                + "if (!link) { return; }"
                + "const toggle = document.getElementById('menu-toggle');"
                + "if (toggle && toggle.offsetParent !== null && toggle.getAttribute('aria-expanded') !== 'true') {"
                + "  toggle.click(); }"
                + "const button = link.closest('.menu-group')?.querySelector('button');"
                + "if (button && button.getAttribute('aria-expanded') !== 'true') { button.click(); }", css);
        return false;
    }

    void signIn(String username) {
        type("#login-form-username", username);
        type("#login-form-password", "kyoso-demo");
        click("#login-submit");
        await("#signed-in-as");
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    String attribute(String css, String name) {
        return find(css).getAttribute(name);
    }

    /**
     * Saves the whole page (the window is stretched to the page's height for the shot) as
     * {@code target/screenshots/<name>.png}.
     */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            long pageHeight = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    (int) Math.min(8000, Math.max(window.getHeight(), pageHeight + 140))));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** What the page logged (errors from the modules show up here when a wait fails). */
    String console() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining(" | "));
        } catch (RuntimeException e) {
            return "(no console: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
