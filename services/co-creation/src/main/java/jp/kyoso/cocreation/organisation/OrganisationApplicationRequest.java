package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyoso.events.cocreation.OrganisationType;

/** The membership application form. The corporate number is optional: NPOs and community groups often have none. */
@Serdeable
public record OrganisationApplicationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType organisationType,
        @Nullable @Size(max = 20) String corporateNumber,
        @Nullable @Size(max = 100) String contactName,
        @Nullable @Email @Size(max = 254) String contactEmail) {

    ApplyForMembership toCommand() {
        return new ApplyForMembership(name, organisationType, corporateNumber, contactName, contactEmail);
    }
}
