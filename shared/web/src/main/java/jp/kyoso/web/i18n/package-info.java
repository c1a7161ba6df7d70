/**
 * Localised messages (Japanese first, English second): {@link jp.kyoso.web.i18n.Messages} reads UTF-8 bundles
 * {@code <base>_ja.properties} / {@code <base>_en.properties} from the classpath, looking first in the bundles a service
 * lists under {@code kyoso.i18n.bundles} (e.g. {@code [kyoso/messages-fund]}, in order) and then in the shared
 * {@code kyoso/messages}; a key missing in English falls back to Japanese, and an unknown key renders as itself.
 * Patterns use {@link java.text.MessageFormat} ({@code {0}}, and {@code ''} for a literal quote), and
 * {@link jp.kyoso.web.i18n.RequestLocale} picks ja or en from {@code Accept-Language}, Japanese by default.
 */
package jp.kyoso.web.i18n;
