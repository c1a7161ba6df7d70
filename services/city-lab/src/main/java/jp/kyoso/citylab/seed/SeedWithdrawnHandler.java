package jp.kyoso.citylab.seed;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.SeedWithdrawn;
import jp.kyoso.messaging.inbox.EventHandler;

/** A withdrawn seed is no longer suggested. */
@Singleton
public class SeedWithdrawnHandler implements EventHandler<SeedWithdrawn> {

    private final SeedCatalogue seeds;

    public SeedWithdrawnHandler(SeedCatalogue seeds) {
        this.seeds = seeds;
    }

    @Override
    public Class<SeedWithdrawn> eventClass() {
        return SeedWithdrawn.class;
    }

    @Override
    public void handle(SeedWithdrawn event, EventEnvelope envelope) {
        seeds.withdrawn(event);
    }
}
