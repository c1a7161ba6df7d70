package jp.kyoso.kpi.partnership;

import io.micronaut.serde.annotation.Serdeable;
import jp.kyoso.events.cocreation.OrganisationType;

/** New members of one organisation type in the year, and all members of that type up to the year's end. */
@Serdeable
public record TypeCount(OrganisationType type, String label, long inYear, long cumulative) {
}
