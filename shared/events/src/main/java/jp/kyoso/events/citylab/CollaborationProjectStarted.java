package jp.kyoso.events.citylab;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * A public-private-academic collaboration project (連携事業) started: the plan's headline KPI counts these per
 * fiscal year of {@code startedOn}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.citylab.project.started.v1", topic = Topics.CITYLAB_PROJECT)
public record CollaborationProjectStarted(
        String projectId,
        ProjectOrigin origin,
        @Nullable String challengeId,
        @Nullable String experimentId,
        @Nullable String originIssueId,
        String title,
        List<String> partnerOrganisationIds,
        @Nullable String departmentId,
        List<String> sdgTargets,
        LocalDate startedOn,
        Instant startedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId;
    }
}
