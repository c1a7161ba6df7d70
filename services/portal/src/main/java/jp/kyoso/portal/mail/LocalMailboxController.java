package jp.kyoso.portal.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * Demo mode only (the bean does not exist otherwise, so production answers 404): the mails the local SMTP server
 * received for an address. Open to anyone, signed in or not, because in demo mode the point is that a newcomer sees
 * the mails — a password-reset link included — and every demo password is public anyway.
 */
@Controller("/local-mailbox")
@Requires(property = "kyoso.demo.enabled", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "mail")
public class LocalMailboxController {

    private final LocalMailbox mailbox;

    public LocalMailboxController(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Demo mode: the mails the local SMTP server received for an address, newest first")
    public List<ReceivedMail> read(@QueryValue String address) {
        String trimmed = address == null ? "" : address.trim();
        if (trimmed.isEmpty() || trimmed.length() > 254 || !trimmed.matches("[^@\\s]+@[^@\\s]+")) {
            throw InvalidInputException.of("address", "mail.address.invalid");
        }
        return mailbox.read(trimmed);
    }
}
