package jp.kyoso.web.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses to start a production process (demo mode off) when a password, secret, key or token has a value written in
 * a configuration file (the packaged application.yml or a file from {@code MICRONAUT_CONFIG_FILES}): such files end
 * up in images, repositories and backups. Credentials must come from environment variables (or system properties),
 * which the platform's manifests fill from Secrets. A placeholder such as {@code ${kyoso.jwt.secret}} is fine: it only
 * names where the value comes from. Tests run with the {@code test} environment and their own files, so the guard is
 * off there; {@link #plaintextCredentials} is what it checks and is tested on its own.
 */
@Context
@Requires(notEnv = Environment.TEST)
public class PlaintextCredentialGuard {

    /** The last segment of a key that names a credential (kebab-case, as Micronaut normalises keys). */
    private static final Set<String> CREDENTIAL_NAMES = Set.of("password", "secret", "passphrase", "credentials",
            "api-key", "apikey", "token", "private-key", "client-secret", "jaas-config", "sasl-jaas-config");

    private static final Pattern FILE = Pattern.compile(".*\\.(ya?ml|properties|json|toml|conf|groovy)$");
    private static final Pattern ONLY_PLACEHOLDERS = Pattern.compile("(\\$\\{[^}]+}\\s*)+");

    public PlaintextCredentialGuard(Environment environment, @Value("${kyoso.demo.enabled:false}") boolean demo) {
        if (demo) {
            return;
        }
        List<String> found = plaintextCredentials(environment.getPropertySources());
        if (!found.isEmpty()) {
            throw new ConfigurationException("Refusing to start: credentials are written in configuration files: "
                    + String.join(", ", found) + ". Remove them from the files and set them as environment variables "
                    + "(e.g. DATASOURCES_DEFAULT_PASSWORD, KYOSO_JWT_SECRET) from your secret store.");
        }
    }

    /** Each credential key with a literal value in a file-based property source, as {@code key (file)}. */
    public static List<String> plaintextCredentials(Collection<PropertySource> sources) {
        List<String> found = new ArrayList<>();
        for (PropertySource source : sources) {
            String location = source.getOrigin() == null ? source.getName() : source.getOrigin().location();
            if (location == null || !FILE.matcher(location.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            for (String key : source) {
                Object value = source.get(key);
                if (isCredential(key) && value instanceof CharSequence text && !text.toString().isBlank()
                        && !ONLY_PLACEHOLDERS.matcher(text.toString().strip()).matches()) {
                    found.add(key + " (" + location + ")");
                }
            }
        }
        return found;
    }

    static boolean isCredential(String key) {
        String normalised = key.toLowerCase(Locale.ROOT).replace('_', '-');
        String last = normalised.substring(normalised.lastIndexOf('.') + 1);
        return CREDENTIAL_NAMES.contains(last) || normalised.endsWith("sasl.jaas.config");
    }
}
