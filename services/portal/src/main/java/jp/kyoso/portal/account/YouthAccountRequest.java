package jp.kyoso.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The secretariat creates a student's account: a username and the nickname shown everywhere instead of the
 * student's name. Both are checked by the application ({@code UserAccounts.createYouth}), so every broken rule of
 * both fields is reported in one answer.
 */
@Serdeable
public record YouthAccountRequest(@Nullable String username, @Nullable String nickname) {
}
