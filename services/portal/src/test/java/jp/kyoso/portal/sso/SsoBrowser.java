package jp.kyoso.portal.sso;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium (Debian's, as deploy/local's browser journeys use) on the portal under test, for the one check
 * that needs the page's own scripts: the sign-in screen's button, the provider's redirects and the code exchange.
 */
final class SsoBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URI portal;

    SsoBrowser(URI portal) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.portal = portal;
    }

    void go(String route) {
        driver.get(portal.resolve("/#" + route).toString());
    }

    String currentRoute() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf('#') + 1);
    }

    WebElement await(String css) {
        awaitTrue(() -> driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed), css);
        return driver.findElement(By.cssSelector(css));
    }

    void awaitTrue(Supplier<Boolean> condition, String what) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(condition::get);
        } catch (RuntimeException e) {
            screenshot("sso-failed");
            throw new AssertionError("Waited for " + what + " at " + driver.getCurrentUrl(), e);
        }
    }

    void screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // A missing screenshot must not hide the test's own failure.
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
