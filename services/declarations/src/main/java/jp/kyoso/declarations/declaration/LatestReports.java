package jp.kyoso.declarations.declaration;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where a declaration's views find its latest progress report. The report feature answers it, so reports depend on
 * declarations and not the other way round.
 */
public interface LatestReports {

    /** The latest report of each of these declarations that has one, by declaration id. */
    Map<UUID, LatestReport> of(Collection<UUID> declarationIds);
}
