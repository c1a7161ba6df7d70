package jp.kyoso.cocreation.personaldata;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import jp.kyoso.web.security.CurrentUser;

/** Personal data of the people of member organisations: export for the organisation, erasure of one person. */
@Controller("/api/cocreation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "personal data")
@SerdeImport(PersonalData.class)
@SerdeImport(PersonalData.Contact.class)
@SerdeImport(PersonalData.SeedContact.class)
@SerdeImport(PersonalData.Person.class)
@SerdeImport(PersonalData.Trace.class)
public class PersonalDataController {

    private final PersonalDataService personalData;

    public PersonalDataController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @Get("/organisations/{id}/people/export")
    @Operation(summary = "Every personal field held about the organisation's people (its admins, the secretariat)")
    public PersonalData export(UUID id, CurrentUser user) {
        return personalData.export(id, user);
    }

    @Post("/people/{memberId}/erase")
    @Operation(summary = "Erase a person: name and contact become a pseudonym, records stay (MemberErased); "
            + "the person themself, the secretariat or an administrator")
    public ErasureView erase(UUID memberId, CurrentUser user) {
        PersonalDataService.Erasure erasure = personalData.erase(memberId, user);
        return new ErasureView(erasure.memberId(), erasure.pseudonym(), erasure.erasedNow());
    }

    /** The old path of {@link #erase}, accepted until the next release. */
    @Deprecated
    @Post("/people/{memberId}/erasure")
    @Operation(summary = "Old path of POST /people/{memberId}/erase, accepted until the next release",
            deprecated = true)
    public ErasureView erasure(UUID memberId, CurrentUser user) {
        return erase(memberId, user);
    }
}
