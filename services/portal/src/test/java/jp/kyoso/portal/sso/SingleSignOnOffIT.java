package jp.kyoso.portal.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Without KYOSO_SSO_ENABLED the built-in accounts are all there is: no button, no redirect, no code to exchange. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnOffIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("portal_sso_off_it");
    }

    @Test
    void singleSignOnIsOffUnlessConfigured() throws Exception {
        SsoJourney browser = new SsoJourney(server.getURI(), json);

        Map<String, Object> status = browser.json(browser.get("/sso"));
        assertEquals(false, status.get("enabled"));
        assertNull(status.get("loginUrl"));
        var login = browser.get("/oauth/login/oidc");
        assertNotEquals(302, login.statusCode(), "no redirect to any identity provider");
        assertEquals(400, browser.post("/sso/token", Map.of("code", "anything")).statusCode());
    }
}
