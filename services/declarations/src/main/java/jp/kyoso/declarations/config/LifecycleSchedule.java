package jp.kyoso.declarations.config;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jp.kyoso.declarations.report.LifecycleSweep;

/**
 * Runs the lifecycle sweep on a schedule. The rules themselves read the injected clock, so tests call the sweep
 * directly after moving the clock instead of waiting for this timer.
 */
@Singleton
@Requires(property = "kyoso.declarations.sweep-enabled", notEquals = "false")
public class LifecycleSchedule {

    private final LifecycleSweep sweep;

    public LifecycleSchedule(LifecycleSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelay = "${kyoso.declarations.sweep-interval:1h}",
            initialDelay = "${kyoso.declarations.sweep-initial-delay:30s}")
    public void sweep() {
        sweep.run();
    }
}
