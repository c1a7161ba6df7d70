package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.events.cocreation.OrganisationType;

/** One valid line of a council member list: an organisation the secretariat admits without an application. */
public record CouncilMember(int row, String name, OrganisationType organisationType,
                            @Nullable CorporateNumber corporateNumber, @Nullable String contactName,
                            @Nullable String contactEmail) {
}
