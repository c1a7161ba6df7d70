package jp.kyoso.portal.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A mail as the local SMTP server received it; {@code mailId} is the sender's outbox id, when it set one. */
@Serdeable
public record ReceivedMail(@Nullable String mailId, String from, String to, String subject, Instant receivedAt,
                           String body) {
}
