package jp.kyoso.portal.sso;

import java.util.Map;

/**
 * The person as a validated ID token describes them.
 *
 * @param issuer   with {@code subject}, the provider's stable id of the person: the only thing an account is linked by
 * @param login    what the person types at the provider (preferred_username, else e-mail), a hint for the username
 * @param claims   every claim, for the role and department mapping
 */
record SsoIdentity(String issuer, String subject, String login, String displayName, String email,
                   Map<String, Object> claims) {
}
