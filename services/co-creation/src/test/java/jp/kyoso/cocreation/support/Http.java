package jp.kyoso.cocreation.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Small helpers for the co-creation ITs: expected refusals, row counts and the events of one aggregate. */
public final class Http {

    private Http() {
    }

    public static HttpClientResponseException refused(HttpClient http, HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response to " + request);
    }

    public static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    public static long count(TransactionOperations<Connection> transactions, String table) {
        return transactions.executeRead(status -> {
            try (var result = status.getConnection().createStatement().executeQuery("select count(*) from " + table)) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** Every record on the topic with the given CloudEvents subject and type. */
    public static List<ConsumerRecord<byte[], byte[]>> events(String topic, String subject, String type) {
        return KafkaRecords.withSubject(TestInfrastructure.get().kafkaBootstrapServers(), topic, subject).stream()
                .filter(r -> type.equals(KafkaRecords.header(r, "ce_type"))).toList();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
