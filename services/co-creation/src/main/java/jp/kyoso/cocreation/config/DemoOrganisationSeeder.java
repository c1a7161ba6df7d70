package jp.kyoso.cocreation.config;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.cocreation.organisation.DemoOrganisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode only ({@code kyoso.demo.enabled}, env {@code KYOSO_DEMO_ENABLED}): on start-up, admits the demo
 * organisations that are not there yet, through the ordinary service path so that OrganisationApproved flows.
 */
@Singleton
@Requires(property = "kyoso.demo.enabled", value = "true")
public class DemoOrganisationSeeder implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisationSeeder.class);

    private final List<DemoOrganisationSettings> settings;
    private final DemoOrganisations demo;

    public DemoOrganisationSeeder(List<DemoOrganisationSettings> settings, DemoOrganisations demo) {
        this.settings = settings;
        this.demo = demo;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        for (DemoOrganisationSettings organisation : settings) {
            try {
                boolean admitted = demo.seed(organisation.toDemoOrganisation());
                LOG.info("Demo organisation {} {}", organisation.getName(), admitted ? "admitted" : "already there");
            } catch (RuntimeException e) {
                // Two instances starting together race for the same id; the loser finds it there next start.
                LOG.warn("Demo organisation {} not seeded: {}", organisation.getName(), e.toString());
            }
        }
    }
}
