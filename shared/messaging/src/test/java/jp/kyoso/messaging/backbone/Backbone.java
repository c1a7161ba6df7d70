package jp.kyoso.messaging.backbone;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kyoso.testsupport.embedded.EmbeddedKafkaBroker;
import jp.kyoso.testsupport.embedded.EmbeddedPostgresServer;

/**
 * The PostgreSQL server and Kafka broker of these tests: the embedded ones of test-support, started once per JVM and
 * owned by this module's tests alone, because the tests take them away ({@link #postgres()}{@code .stop()}) to prove
 * an outage is waited out. The shared {@code TestInfrastructure} cannot stop its database, and may be Docker.
 */
final class Backbone {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private Backbone() {
    }

    static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "backbone-postgres-stop"));
        }
        return postgres;
    }

    static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "backbone-kafka-stop"));
        }
        return kafka;
    }

    /** A context of one "service" of these tests: its database, its consumer group, the test read model. */
    static Map<String, String> properties(String service) {
        postgres().createDatabaseIfMissing(service);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kyoso.service-name", service);
        properties.put("datasources.default.url", postgres().jdbcUrl(service));
        properties.put("datasources.default.username", postgres().username());
        properties.put("datasources.default.password", postgres().password());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        // Fail fast while the database is down (the default waits 30 s per attempt).
        properties.put("datasources.default.connection-timeout", "1000");
        // The relay holds up to two (a batch waiting for Kafka, the next one), the consumer one, the test one.
        properties.put("datasources.default.maximum-pool-size", "6");
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("flyway.datasources.default.out-of-order", "true");
        properties.put("flyway.datasources.default.locations", "classpath:db/messaging,classpath:db/backbone");
        properties.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        properties.put("kyoso.messaging.retry-backoff", "50ms");
        properties.put("micronaut.metrics.enabled", "true");
        return properties;
    }
}
