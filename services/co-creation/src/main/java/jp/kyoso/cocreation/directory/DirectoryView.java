package jp.kyoso.cocreation.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/** A directory row: name, type (with its label), whether an SDGs declaration is registered and its goals, counts. */
@Serdeable
public record DirectoryView(UUID id, String name, OrganisationType organisationType, String organisationTypeLabel,
                            boolean declared, @Nullable String registrationNumber,
                            @Nullable String declarationStatus, List<Integer> declarationGoals, long projects,
                            long seeds, String profile) {

    static DirectoryView of(DirectoryEntry entry, boolean english) {
        OrganisationType type = OrganisationType.valueOf(entry.organisationType());
        List<Integer> goals = entry.declarationGoals() == null || entry.declarationGoals().isBlank() ? List.of()
                : Arrays.stream(entry.declarationGoals().split(",")).map(Integer::valueOf).toList();
        return new DirectoryView(entry.id(), entry.name(), type, english ? type.english() : type.japanese(),
                "ACTIVE".equals(entry.declarationStatus()), entry.registrationNumber(), entry.declarationStatus(),
                goals, entry.projects(), entry.seeds(), "/api/cocreation/organisations/" + entry.id() + "/profile");
    }
}
