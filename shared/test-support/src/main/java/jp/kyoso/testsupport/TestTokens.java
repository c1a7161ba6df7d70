package jp.kyoso.testsupport;

import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Object mother for bearer tokens as the portal issues them, signed with the test secret of the service under test. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String secretariat(JwtTokenGenerator generator) {
        return issue(generator, "secretariat", null, "SECRETARIAT");
    }

    public static String admin(JwtTokenGenerator generator) {
        return issue(generator, "admin", null, "ADMIN");
    }

    public static String member(JwtTokenGenerator generator, UUID organisationId) {
        return issue(generator, "member-" + organisationId, organisationId, "MEMBER");
    }

    public static String staff(JwtTokenGenerator generator, UUID departmentId) {
        return issue(generator, "staff-" + departmentId, departmentId, "STAFF");
    }

    /** Claims as the portal writes them: sub, roles, uid and, for people of an organisation, org. */
    public static String issue(JwtTokenGenerator generator, String username, UUID organisationId, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", username);
        claims.put("roles", List.of(roles));
        claims.put("uid", UUID.nameUUIDFromBytes(username.getBytes()).toString());
        claims.put("name", username);
        if (organisationId != null) {
            claims.put("org", organisationId.toString());
        }
        return generator.generateToken(claims).orElseThrow(() -> new IllegalStateException("no token generated"));
    }
}
