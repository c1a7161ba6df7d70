package jp.kyoso.testsupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class TestInfrastructureIT {

    @Test
    void givesAServiceTestItsDatabaseBrokerAndSecret() throws Exception {
        Map<String, String> properties = ServiceTestProperties.forService("support_infrait");

        assertEquals(Set.of("datasources.default.url", "datasources.default.username",
                "datasources.default.password", "kafka.bootstrap.servers", "kyoso.jwt.secret", "micronaut.server.port",
                "kyoso.attachments.local.path"), properties.keySet());
        assertEquals("target/attachments/support_infrait", properties.get("kyoso.attachments.local.path"),
                "each test database its own attachments folder");
        assertEquals("-1", properties.get("micronaut.server.port"), "a free port, never a fixed one");
        assertEquals(ServiceTestProperties.TEST_JWT_SECRET, properties.get("kyoso.jwt.secret"));
        assertTrue(ServiceTestProperties.TEST_JWT_SECRET.length() >= 32);
        assertSame(TestInfrastructure.get(), TestInfrastructure.get());

        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             Statement statement = connection.createStatement();
             ResultSet database = statement.executeQuery("SELECT current_database()")) {
            database.next();
            assertEquals("support_infrait", database.getString(1));
        }
        assertEquals(1, clusterSize(properties.get("kafka.bootstrap.servers")));
    }

    @Test
    void takesKafkaAwayAndBringsItBackAtTheSameAddress() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String bootstrapServers = infrastructure.kafkaBootstrapServers();
        try {
            infrastructure.stopKafka();
            assertFalse(reachable(bootstrapServers));
        } finally {
            infrastructure.startKafka();
        }
        assertEquals(bootstrapServers, infrastructure.kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(20)).until(() -> reachable(bootstrapServers));
    }

    private static int clusterSize(String bootstrapServers) throws Exception {
        try (Admin admin = admin(bootstrapServers, 10_000)) {
            return admin.describeCluster().nodes().get().size();
        }
    }

    private static boolean reachable(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers, 1_500)) {
            return !admin.describeCluster().nodes().get().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static Admin admin(String bootstrapServers, int timeoutMs) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs));
    }
}
