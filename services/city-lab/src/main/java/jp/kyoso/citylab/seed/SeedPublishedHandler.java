package jp.kyoso.citylab.seed;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.messaging.inbox.EventHandler;

/** A published (or republished) seed becomes a matching candidate. */
@Singleton
public class SeedPublishedHandler implements EventHandler<SeedPublished> {

    private final SeedCatalogue seeds;

    public SeedPublishedHandler(SeedCatalogue seeds) {
        this.seeds = seeds;
    }

    @Override
    public Class<SeedPublished> eventClass() {
        return SeedPublished.class;
    }

    @Override
    public void handle(SeedPublished event, EventEnvelope envelope) {
        seeds.published(event);
    }
}
