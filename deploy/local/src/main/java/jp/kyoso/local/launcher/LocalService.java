package jp.kyoso.local.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One kyoso service as the launcher sees it: where its jar is, which database it owns and where its port sits
 * relative to the portal's.
 *
 * @param name the module and jar name, e.g. {@code co-creation}
 * @param portOffset added to the portal's port; fixed so that a developer always finds a service at the same place
 * @param database its own database on the shared PostgreSQL server
 */
public record LocalService(String name, int portOffset, String database) {

    /** In port order; the portal comes first because it is the origin everybody else is reached through. */
    public static final List<LocalService> ALL = List.of(
            new LocalService("portal", 0, "portal"),
            new LocalService("co-creation", 1, "cocreation"),
            new LocalService("city-lab", 2, "citylab"),
            new LocalService("declarations", 3, "declarations"),
            new LocalService("fund", 4, "fund"),
            new LocalService("kpi", 5, "kpi"));

    public static final String PORTAL = "portal";

    /**
     * @param name a service name such as {@code kpi}
     * @return its definition
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static LocalService named(String name) {
        return ALL.stream().filter(service -> service.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "'; known: "
                        + ALL.stream().map(LocalService::name).toList()));
    }

    /** @return the runnable jar that {@code ./mvnw install} leaves in the service's target directory */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve("services").resolve(name).resolve("target").resolve("kyoso-" + name + ".jar");
    }

    /** @return the portal's environment variable holding this service's base URL, e.g. KYOSO_SERVICES_COCREATION_URL */
    public String portalUrlVariable() {
        return "KYOSO_SERVICES_" + database.toUpperCase(Locale.ROOT) + "_URL";
    }
}
