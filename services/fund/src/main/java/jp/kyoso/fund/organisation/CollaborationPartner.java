package jp.kyoso.fund.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** An organisation taking part in a City Lab collaboration project (from city-lab's events), with its title. */
@MappedEntity("collaboration_partner")
public record CollaborationPartner(@Id UUID id, UUID projectId, UUID organisationId, @Nullable String projectTitle) {
}
