package jp.kyoso.local.launcher;

import java.net.URI;
import java.util.OptionalLong;

/**
 * A service as the launcher last saw it.
 *
 * @param name e.g. {@code co-creation}
 * @param port its HTTP port
 * @param url its base URL
 * @param healthy whether {@code GET /health} answered 200 just now
 * @param pid the child process, empty when it is not running
 */
public record ServiceStatus(String name, int port, URI url, boolean healthy, OptionalLong pid) {
}
