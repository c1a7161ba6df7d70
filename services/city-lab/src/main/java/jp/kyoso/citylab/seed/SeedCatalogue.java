package jp.kyoso.citylab.seed;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.events.cocreation.SeedWithdrawn;

/** Keeps City Lab's copy of published seeds in step with co-creation; a republished seed replaces the old text. */
@Singleton
public class SeedCatalogue {

    private final SeedRepository seeds;

    public SeedCatalogue(SeedRepository seeds) {
        this.seeds = seeds;
    }

    @Transactional
    public void published(SeedPublished event) {
        Seed seed = new Seed(UUID.fromString(event.seedId()), UUID.fromString(event.organisationId()), event.title(),
                event.description(), SdgTargets.join(event.sdgTargets()), String.join(" ", event.keywords()),
                event.publishedAt());
        if (seeds.existsById(seed.id())) {
            seeds.update(seed);
        } else {
            seeds.save(seed);
        }
    }

    @Transactional
    public void withdrawn(SeedWithdrawn event) {
        seeds.deleteById(UUID.fromString(event.seedId()));
    }
}
