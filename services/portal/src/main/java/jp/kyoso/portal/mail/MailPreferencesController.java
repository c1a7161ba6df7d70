package jp.kyoso.portal.mail;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/** Each person's mail settings: the language of their mails and which kinds they receive. */
@Controller("/accounts/me/mail-preferences")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
public class MailPreferencesController {

    /** The portal screen of these settings, linked from every mail that can be switched off. */
    static final String SCREEN = "/settings/mail";
    private static final Set<String> LANGUAGES = Set.of("ja", "en");

    private final MailPreferenceStore store;

    public MailPreferencesController(MailPreferenceStore store) {
        this.store = store;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The signed-in person's mail settings: language and each kind of mail on or off")
    public MailPreferences mine(CurrentUser user) {
        MailPreferenceStore.Stored stored = store.find(id(user))
                .orElseThrow(() -> new NotFoundException("resource.account", user.userId()));
        return view(stored);
    }

    @Put
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the signed-in person's mail language and switch kinds of mail on or off; kinds "
            + "not named keep their setting")
    public MailPreferences change(@Body MailPreferences request, CurrentUser user) {
        UUID userId = id(user);
        MailPreferenceStore.Stored stored = store.find(userId)
                .orElseThrow(() -> new NotFoundException("resource.account", user.userId()));
        String language = request.language() == null ? stored.language() : request.language();
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "mail.language.invalid");
        }
        Set<String> disabled = new HashSet<>(stored.disabledKinds());
        List<MailPreferences.KindSetting> kinds = request.kinds() == null ? List.of() : request.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            MailPreferences.KindSetting setting = kinds.get(i);
            if (setting == null || setting.kind() == null || MailKind.ofKey(setting.kind()).isEmpty()) {
                throw InvalidInputException.of("kinds[" + i + "].kind", "mail.kind.unknown");
            }
            if (setting.enabled()) {
                disabled.remove(setting.kind());
            } else {
                disabled.add(setting.kind());
            }
        }
        store.save(userId, language, disabled);
        return view(new MailPreferenceStore.Stored(stored.email(), language, disabled));
    }

    private static MailPreferences view(MailPreferenceStore.Stored stored) {
        List<MailPreferences.KindSetting> kinds = new ArrayList<>();
        Arrays.stream(MailKind.values()).forEach(kind -> kinds.add(
                new MailPreferences.KindSetting(kind.key(), !stored.disabledKinds().contains(kind.key()))));
        return new MailPreferences(stored.email(), stored.language(), kinds);
    }

    private static UUID id(CurrentUser user) {
        try {
            return UUID.fromString(user.userId());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("resource.account", user.userId());
        }
    }
}
