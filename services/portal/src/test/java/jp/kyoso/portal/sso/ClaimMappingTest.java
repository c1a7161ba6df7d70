package jp.kyoso.portal.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.portal.account.Organisation;
import jp.kyoso.web.security.Roles;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private static final UUID PARKS = UUID.randomUUID();

    @Test
    void mappedValuesBecomeRolesAndUnmappedOnesAreIgnored() {
        ClaimMapping mapping = new ClaimMapping("groups", "kyoso-secretariat=SECRETARIAT; kyoso-admin=admin", "dept", "");

        assertEquals(new ClaimMapping.Granted(Set.of(Roles.SECRETARIAT, Roles.ADMIN), null),
                mapping.map(Map.of("groups", List.of("kyoso-secretariat", "payroll", "kyoso-admin"))));
    }

    @Test
    void withoutAMappingAValueThatIsARoleNameIsThatRoleButNeverYouth() {
        ClaimMapping mapping = new ClaimMapping("roles", "", "dept", "");

        assertEquals(new ClaimMapping.Granted(Set.of(Roles.COMMITTEE), null),
                mapping.map(Map.of("roles", List.of("committee", "YOUTH"))));
        assertEquals(new ClaimMapping.Refused(SsoRefusal.SSO_NO_ROLE), mapping.map(Map.of("roles", "YOUTH")));
    }

    @Test
    void onceAMappingIsGivenOnlyItCounts() {
        ClaimMapping mapping = new ClaimMapping("roles", "kyoso-staff=STAFF", "dept", "");

        assertEquals(new ClaimMapping.Refused(SsoRefusal.SSO_NO_ROLE), mapping.map(Map.of("roles", "ADMIN")));
    }

    @Test
    void aDottedClaimNameReachesIntoKeycloaksRealmAccess() {
        ClaimMapping mapping = new ClaimMapping("realm_access.roles", "", "dept", "");

        assertEquals(new ClaimMapping.Granted(Set.of(Roles.ADMIN), null),
                mapping.map(Map.of("realm_access", Map.of("roles", List.of("offline_access", "admin")))));
    }

    @Test
    void staffActForTheDepartmentTheClaimNames() {
        ClaimMapping mapping = new ClaimMapping("roles", "", "department", "公園課=" + PARKS);

        assertEquals(new ClaimMapping.Granted(Set.of(Roles.STAFF), new Organisation(PARKS, "公園課")),
                mapping.map(Map.of("roles", "STAFF", "department", "公園課")));
        assertEquals(new ClaimMapping.Refused(SsoRefusal.SSO_NO_DEPARTMENT),
                mapping.map(Map.of("roles", "STAFF", "department", "財政課")));
        assertEquals(new ClaimMapping.Refused(SsoRefusal.SSO_NO_DEPARTMENT), mapping.map(Map.of("roles", "MEMBER")));
    }

    @Test
    void withoutADepartmentMappingAnOrganisationIdInTheClaimIsTakenAsIs() {
        ClaimMapping mapping = new ClaimMapping("roles", "", "org", "");

        ClaimMapping.Granted granted = (ClaimMapping.Granted) mapping.map(Map.of("roles", "STAFF",
                "org", PARKS.toString()));
        assertEquals(PARKS, granted.organisation().id());
    }

    @Test
    void programmeWideRolesNeedNoDepartment() {
        ClaimMapping mapping = new ClaimMapping("roles", "", "department", "公園課=" + PARKS);

        assertNull(((ClaimMapping.Granted) mapping.map(Map.of("roles", "SECRETARIAT"))).organisation());
    }

    @Test
    void aMistakeInTheConfigurationStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClaimMapping("roles", "x=OWNER", "d", ""));
        assertThrows(IllegalArgumentException.class, () -> new ClaimMapping("roles", "x=YOUTH", "d", ""));
        assertThrows(IllegalArgumentException.class, () -> new ClaimMapping("roles", "STAFF", "d", ""));
        assertThrows(IllegalArgumentException.class, () -> new ClaimMapping("roles", "", "d", "公園課=not-a-uuid"));
    }

    @Test
    void anLdapStyleGroupNameMayContainEqualsSigns() {
        ClaimMapping mapping = new ClaimMapping("groups", "cn=kyoso-staff,ou=groups,dc=city=STAFF", "dept",
                "");

        assertEquals(new ClaimMapping.Refused(SsoRefusal.SSO_NO_DEPARTMENT),
                mapping.map(Map.of("groups", "cn=kyoso-staff,ou=groups,dc=city")), "mapped to STAFF, who needs one");
    }
}
