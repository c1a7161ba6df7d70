package jp.kyoso.citylab.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Challenge;
import jp.kyoso.citylab.proposal.Proposal;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.citylab.shared.TransitionException;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.citylab.ProjectOrigin;

/**
 * A public-private-academic collaboration project (連携事業), born from an adopted proposal or an agreed field
 * experiment. It belongs to the fiscal year (Asia/Tokyo) of the day it started; that is what the headline KPI counts.
 */
@MappedEntity("collaboration_project")
public record CollaborationProject(
        @Id UUID id,
        ProjectOrigin origin,
        @Nullable UUID challengeId,
        @Nullable UUID proposalId,
        @Nullable UUID experimentId,
        @Nullable UUID originIssueId,
        String title,
        String partnerOrganisationIds,
        @Nullable UUID departmentId,
        String sdgTargets,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        LocalDate startedOn,
        int fiscalYear,
        Instant startedAt,
        ProjectStatus status,
        @Nullable String resultReport,
        @Nullable LocalDate completedOn,
        @Nullable String completedBy,
        @Nullable @Version Long version) {

    public static CollaborationProject fromProposal(UUID id, Challenge challenge, Proposal proposal, Instant at) {
        LocalDate today = at.atZone(FiscalYear.TOKYO).toLocalDate();
        return new CollaborationProject(id, ProjectOrigin.CHALLENGE, challenge.id(), proposal.id(), null,
                challenge.originIssueId(), proposal.title(), proposal.organisationId().toString(),
                challenge.departmentId(), challenge.sdgTargets(), proposal.periodFrom(), proposal.periodTo(), today,
                FiscalYear.of(today).year(), at, ProjectStatus.ACTIVE, null, null, null, null);
    }

    public static CollaborationProject fromExperiment(UUID id, UUID experimentId, String title, UUID organisationId,
                                                      UUID departmentId, String sdgTargets, LocalDate from,
                                                      LocalDate to, Instant at) {
        LocalDate today = at.atZone(FiscalYear.TOKYO).toLocalDate();
        return new CollaborationProject(id, ProjectOrigin.FIELD_EXPERIMENT, null, null, experimentId, null, title,
                organisationId.toString(), departmentId, sdgTargets, from, to, today, FiscalYear.of(today).year(), at,
                ProjectStatus.ACTIVE, null, null, null, null);
    }

    public List<String> partnerList() {
        return SdgTargets.split(partnerOrganisationIds);
    }

    public List<String> sdgTargetList() {
        return SdgTargets.split(sdgTargets);
    }

    public CollaborationProject complete(String report, String by, Instant at) {
        if (status != ProjectStatus.ACTIVE) {
            throw new TransitionException(status, "complete");
        }
        return new CollaborationProject(id, origin, challengeId, proposalId, experimentId, originIssueId, title,
                partnerOrganisationIds, departmentId, sdgTargets, periodFrom, periodTo, startedOn, fiscalYear,
                startedAt, ProjectStatus.COMPLETED, report, at.atZone(FiscalYear.TOKYO).toLocalDate(), by, version);
    }
}
