package jp.kyoso.portal.account;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.YouthParticipantErased;
import jp.kyoso.messaging.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A student erased in co-creation's youth programme stops being greeted by their nickname: the YOUTH account's
 * display name (which every token carries) becomes the pseudonym, as {@link MemberErasedHandler} does for the people
 * of organisations. The account stays; closing it is an operator's decision.
 */
@Singleton
public class YouthParticipantErasedHandler implements EventHandler<YouthParticipantErased> {

    private static final Logger LOG = LoggerFactory.getLogger(YouthParticipantErasedHandler.class);

    private final UserStore users;

    public YouthParticipantErasedHandler(UserStore users) {
        this.users = users;
    }

    @Override
    public Class<YouthParticipantErased> eventClass() {
        return YouthParticipantErased.class;
    }

    @Override
    public void handle(YouthParticipantErased event, EventEnvelope envelope) {
        UUID userId = parse(event.userId());
        if (userId != null && users.replaceDisplayName(userId, event.pseudonym())) {
            LOG.info("Display name of youth account {} replaced by its pseudonym after an erasure", userId);
        }
    }

    // Portal accounts have UUID ids; a student enrolled under a foreign id has no portal account to rename.
    private static UUID parse(String userId) {
        try {
            return UUID.fromString(userId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
