package jp.kyoso.web.i18n;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Localised message lookup over the service's own bundles and the shared one; see the package documentation.
 * Bundles are read once at start-up: they are small and never change at runtime.
 */
@Singleton
public final class Messages {

    /** The shared bundle every service gets. */
    public static final String SHARED_BUNDLE = "kyoso/messages";
    /** The configuration key listing a service's own bundles, searched before the shared one. */
    public static final String BUNDLES_PROPERTY = "kyoso.i18n.bundles";
    /** The UI speaks Japanese first. */
    public static final Locale DEFAULT_LOCALE = Locale.JAPANESE;
    /** Languages with bundles, default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private final Map<Locale, List<Properties>> bundlesByLocale;

    /** Only the shared bundle; for tests and code outside a bean context. */
    public Messages() {
        this(List.of());
    }

    /** The given bundles (resource base names such as {@code kyoso/messages-fund}) before the shared one. */
    @Inject
    public Messages(@Nullable @Property(name = BUNDLES_PROPERTY) List<String> bundles) {
        Set<String> baseNames = new LinkedHashSet<>();
        if (bundles != null) {
            bundles.stream().map(String::strip).filter(name -> !name.isEmpty()).forEach(baseNames::add);
        }
        baseNames.add(SHARED_BUNDLE);
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(Messages.class.getClassLoader());
        this.bundlesByLocale = Map.of(
                Locale.JAPANESE, load(loader, baseNames, Locale.JAPANESE),
                Locale.ENGLISH, load(loader, baseNames, Locale.ENGLISH));
    }

    /** Maps any locale onto a supported one: English for any {@code en-*}, Japanese otherwise. */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : DEFAULT_LOCALE;
    }

    /** The message for {@code key} in {@code locale} (falling back to Japanese), or the key itself when no bundle has it. */
    public String get(@Nullable Locale locale, String key, Object... args) {
        return find(locale, key, args).orElseGet(() -> {
            LOG.warn("No message for key '{}'", key);
            return key;
        });
    }

    /** Like {@link #get} but empty when no bundle has the key, so callers can choose their own fallback. */
    public Optional<String> find(@Nullable Locale locale, String key, Object... args) {
        Locale wanted = supported(locale);
        return pattern(wanted, key)
                .or(() -> wanted.equals(DEFAULT_LOCALE) ? Optional.empty() : pattern(DEFAULT_LOCALE, key))
                .map(pattern -> format(pattern, wanted, args));
    }

    private Optional<String> pattern(Locale locale, String key) {
        for (Properties bundle : bundlesByLocale.get(locale)) {
            String pattern = bundle.getProperty(key);
            if (pattern != null) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    private static String format(String pattern, Locale locale, Object... args) {
        try {
            return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
        } catch (IllegalArgumentException badPattern) {
            // A typo in a bundle must not turn a 400 into a 500.
            LOG.warn("Malformed message pattern '{}'", pattern, badPattern);
            return pattern;
        }
    }

    private static List<Properties> load(ClassLoader loader, Set<String> baseNames, Locale locale) {
        List<Properties> bundles = new ArrayList<>();
        for (String baseName : baseNames) {
            String resource = baseName + "_" + locale.getLanguage() + ".properties";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    LOG.debug("No message bundle {}", resource);
                    continue;
                }
                // Properties.load(InputStream) would assume ISO-8859-1; our bundles are UTF-8 Japanese.
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    Properties properties = new Properties();
                    properties.load(reader);
                    bundles.add(properties);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read message bundle " + resource, e);
            }
        }
        return List.copyOf(bundles);
    }
}
