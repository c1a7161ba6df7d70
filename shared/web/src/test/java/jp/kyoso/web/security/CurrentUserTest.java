package jp.kyoso.web.security;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrentUserTest {

    @Test
    void readsKyosoClaims() {
        Authentication authentication = Authentication.build("hanako", List.of(Roles.MEMBER, Roles.COMMITTEE),
                Map.of(KyosoClaims.USER_ID, "u-42", KyosoClaims.ORGANISATION_ID, 7L, KyosoClaims.DISPLAY_NAME, "花子"));

        CurrentUser user = CurrentUser.from(authentication);

        assertEquals(new CurrentUser("u-42", "hanako", "7", Set.of("MEMBER", "COMMITTEE")), user);
        assertTrue(user.has(Roles.MEMBER));
        assertFalse(user.has(Roles.ADMIN));
        assertTrue(user.isAnyOf(Roles.ADMIN, Roles.COMMITTEE));
        assertFalse(user.isAnyOf(Roles.ADMIN, Roles.SECRETARIAT));
        assertFalse(user.isAnyOf());
        assertTrue(user.belongsTo("7"));
        assertFalse(user.belongsTo("8"));
    }

    @Test
    void fallsBackToTheUsernameWithoutUidAndHasNoOrganisationWithoutOrg() {
        CurrentUser admin = CurrentUser.from(Authentication.build("root", List.of(Roles.ADMIN)));

        assertEquals("root", admin.userId());
        assertNull(admin.organisationId());
        assertFalse(admin.belongsTo(null));
        assertEquals(Set.of(Roles.ADMIN), admin.roles());
    }
}
