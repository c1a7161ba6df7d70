/**
 * Who is calling: the platform's roles and token claims, and {@link jp.kyoso.web.security.CurrentUser}, which a
 * controller receives by declaring a {@code CurrentUser} parameter ({@code @Nullable} on endpoints open to anonymous
 * callers).
 */
package jp.kyoso.web.security;
