package jp.kyoso.cocreation.profile;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.messaging.inbox.EventHandler;

/** City Lab adopted an organisation's proposal: its public profile lists it. */
@Singleton
public class ProposalAdoptedHandler implements EventHandler<ProposalAdopted> {

    private final Achievements achievements;

    public ProposalAdoptedHandler(Achievements achievements) {
        this.achievements = achievements;
    }

    @Override
    public Class<ProposalAdopted> eventClass() {
        return ProposalAdopted.class;
    }

    @Override
    public void handle(ProposalAdopted event, EventEnvelope envelope) {
        achievements.record(UUID.fromString(event.organisationId()), AchievementKind.PROPOSAL_ADOPTED,
                UUID.fromString(event.proposalId()), UUID.fromString(event.challengeId()), event.title(),
                event.adoptedAt());
    }
}
