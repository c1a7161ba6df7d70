package jp.kyoso.local;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.LongPredicate;

/**
 * Reads numbers off the public KPI dashboard in the browser. The figures arrive through Kafka and the kpi projection,
 * so a journey reloads the dashboard until a figure shows what it expects.
 */
final class DashboardFigures {

    private DashboardFigures() {
    }

    /** Reloads the dashboard's figures until the one at {@code css} satisfies {@code expected}; answers it. */
    static long awaitCount(PortalBrowser browser, String css, LongPredicate expected, String what) {
        long[] seen = {-1};
        await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
                    browser.click("#kpi-reload");
                    browser.await(css);
                    seen[0] = count(browser, css);
                    return expected.test(seen[0]);
                });
        return seen[0];
    }

    /** The figure at {@code css} as a whole number (separators and units dropped). */
    static long count(PortalBrowser browser, String css) {
        return Long.parseLong(browser.find(css).getText().replaceAll("[^0-9]", ""));
    }
}
