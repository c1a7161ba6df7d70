package jp.kyoso.portal.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A person's mail settings as the API shows and takes them: the language of their mails ({@code ja} / {@code en})
 * and, for each kind, whether it is on. {@code email} is the address mails go to (read only here).
 */
@Serdeable
public record MailPreferences(@Nullable String email, String language, List<KindSetting> kinds) {

    /** One kind of mail and whether the person receives it. */
    @Serdeable
    public record KindSetting(String kind, boolean enabled) {
    }
}
