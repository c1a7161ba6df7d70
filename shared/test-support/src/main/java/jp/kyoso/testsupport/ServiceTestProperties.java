package jp.kyoso.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Micronaut properties that point a service under test at the shared {@link TestInfrastructure}.
 *
 * <pre>{@code
 * @MicronautTest(transactional = false)
 * class ProposalFlowIT implements TestPropertyProvider {
 *     @Override
 *     public Map<String, String> getProperties() {
 *         return ServiceTestProperties.forService("citylab_proposalflowit");
 *     }
 * }
 * }</pre>
 */
public final class ServiceTestProperties {

    /**
     * The JWT signing secret every service uses in tests, so a token minted by one test helper is accepted by any
     * service. Never use it outside tests.
     */
    public static final String TEST_JWT_SECRET = "kyoso-test-only-jwt-secret-0123456789-abcdefghijklmnop";

    private ServiceTestProperties() {
    }

    /**
     * Starts the infrastructure if needed, creates the database if missing, and returns the properties.
     *
     * @param database the service's database for this test class; a fresh name per test class keeps classes from
     *     seeing each other's rows (plain lower-case identifier)
     * @return a new, modifiable map, so a test can add its own properties
     */
    public static Map<String, String> forService(String database) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", infrastructure.jdbcUrl(database));
        // Attachments (services that take files) go to a folder of the test class, never to the developer's data.
        properties.put("kyoso.attachments.local.path", "target/attachments/" + database);
        properties.put("datasources.default.username", infrastructure.username());
        properties.put("datasources.default.password", infrastructure.password());
        properties.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        properties.put("kyoso.jwt.secret", TEST_JWT_SECRET);
        // A free port: a fixed one collides with a service or another test run on the same machine.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
