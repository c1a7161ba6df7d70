package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.events.cocreation.OrganisationType;

/** An organisation's request to join the platform, as its contact person filled it in. */
public record ApplyForMembership(String name, OrganisationType organisationType, @Nullable String corporateNumber,
                                 @Nullable String contactName, @Nullable String contactEmail) {
}
