package jp.kyoso.portal.account;

import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.MemberErased;
import jp.kyoso.messaging.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person erased in co-creation stops being greeted by name: their account's display name (which every token
 * carries) becomes the pseudonym. The account and its username stay: signing in is the person's own business,
 * and closing the account is an operator's decision.
 */
@Singleton
public class MemberErasedHandler implements EventHandler<MemberErased> {

    private static final Logger LOG = LoggerFactory.getLogger(MemberErasedHandler.class);

    private final UserStore users;

    public MemberErasedHandler(UserStore users) {
        this.users = users;
    }

    @Override
    public Class<MemberErased> eventClass() {
        return MemberErased.class;
    }

    @Override
    public void handle(MemberErased event, EventEnvelope envelope) {
        UUID userId = parse(event.userId());
        if (userId != null && users.replaceDisplayName(userId, event.pseudonym())) {
            LOG.info("Display name of user {} replaced by its pseudonym after an erasure", userId);
        }
    }

    // Portal accounts have UUID ids; an invitation never accepted has no user id, a foreign one no portal account.
    private static UUID parse(String userId) {
        if (userId == null) {
            return null;
        }
        try {
            return UUID.fromString(userId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
