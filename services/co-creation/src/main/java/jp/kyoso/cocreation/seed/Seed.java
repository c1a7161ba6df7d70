package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member organisation's solution or technology (シーズ) in the public catalogue, which City Lab matches to the
 * city's needs. Immutable: editing and withdrawing return the next state.
 */
@MappedEntity("seed")
public record Seed(
        @Id UUID id,
        UUID organisationId,
        String title,
        String description,
        @TypeDef(type = DataType.STRING_ARRAY) String[] sdgTargets,
        @TypeDef(type = DataType.STRING_ARRAY) String[] keywords,
        @Nullable String contactName,
        @Nullable String contactEmail,
        SeedStatus status,
        String searchText,
        Instant publishedAt,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant withdrawnAt,
        @Nullable @Version Long version) {

    public static Seed published(UUID id, UUID organisationId, SeedContent content, String by, Instant at) {
        return new Seed(id, organisationId, content.title(), content.description(),
                content.sdgTargets().toArray(String[]::new), content.keywords().toArray(String[]::new),
                content.contactName(), content.contactEmail(), SeedStatus.PUBLISHED, content.searchText(), at, at, by,
                null, null);
    }

    public Seed edit(SeedContent content, String by, Instant at) {
        requirePublished("edit");
        return new Seed(id, organisationId, content.title(), content.description(),
                content.sdgTargets().toArray(String[]::new), content.keywords().toArray(String[]::new),
                content.contactName(), content.contactEmail(), status, content.searchText(), publishedAt, at, by,
                null, version);
    }

    public Seed withdraw(String by, Instant at) {
        requirePublished("withdraw");
        return new Seed(id, organisationId, title, description, sdgTargets, keywords, contactName, contactEmail,
                SeedStatus.WITHDRAWN, searchText, publishedAt, at, by, at, version);
    }

    public List<String> sdgTargetList() {
        return List.of(sdgTargets);
    }

    public List<String> keywordList() {
        return List.of(keywords);
    }

    private void requirePublished(String attempted) {
        if (status != SeedStatus.PUBLISHED) {
            throw new IllegalStateException("Cannot " + attempted + " a seed that is " + status);
        }
    }
}
