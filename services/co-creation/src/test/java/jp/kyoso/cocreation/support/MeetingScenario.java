package jp.kyoso.cocreation.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import jp.kyoso.cocreation.MovableClock;
import jp.kyoso.cocreation.support.MeetingApi.Person;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the meeting, working-group and notification ITs share: the service on its own database with a clock the test
 * moves, its HTTP API, and the secretariat who runs the meetings.
 */
// Per-class, so JUnit has the instance whose getProperties() configures the context before it starts.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MeetingScenario implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected JwtTokenGenerator jwt;

    @Inject
    protected MovableClock clock;

    protected MeetingApi api;
    protected Person secretariat;

    /** The test class's own database, so classes never see each other's meetings. */
    protected abstract String database();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService(database());
        properties.put("kyoso.test.movable-clock", "true");
        return properties;
    }

    @BeforeAll
    void openTheApi() {
        api = new MeetingApi(http, jwt);
        secretariat = api.secretariat();
    }
}
