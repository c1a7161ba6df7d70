package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What a member writes about a seed; the same for publishing and for editing. */
public record SeedContent(String title, String description, List<String> sdgTargets, List<String> keywords,
                          @Nullable String contactName, @Nullable String contactEmail) {

    public SeedContent {
        sdgTargets = List.copyOf(sdgTargets);
        keywords = List.copyOf(keywords);
    }

    /** Title, description and keywords as one text: what the catalogue's Japanese search matches against. */
    public String searchText() {
        return title + "\n" + description + "\n" + String.join(" ", keywords);
    }
}
