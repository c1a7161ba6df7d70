package jp.kyoso.messaging.outbox;

import static jp.kyoso.messaging.outbox.OutboxRows.ID;
import static jp.kyoso.messaging.outbox.OutboxRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class OutboxRelayRecordTest {

    @Test
    void anOutboxRowBecomesACloudEventInKafkaBinaryMode() {
        OutboxRow row = row(42, "cocreation.organisation.events", "org-1",
                "jp.kyoso.cocreation.organisation.approved.v1", "/services/co-creation",
                "2025-05-12T01:30:00.000000Z", "corr-7", "{\"name\":\"しながわ\"}");

        ProducerRecord<byte[], byte[]> record = OutboxRelay.toRecord(row);

        assertEquals("cocreation.organisation.events", record.topic());
        assertEquals("org-1", text(record.key()));
        assertEquals("{\"name\":\"しながわ\"}", text(record.value()));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals(ID.toString(), header(record, "ce_id"));
        assertEquals("/services/co-creation", header(record, "ce_source"));
        assertEquals("jp.kyoso.cocreation.organisation.approved.v1", header(record, "ce_type"));
        assertEquals("org-1", header(record, "ce_subject"));
        assertEquals("2025-05-12T01:30:00.000000Z", header(record, "ce_time"));
        assertEquals("application/json", header(record, "content-type"));
        assertEquals("corr-7", header(record, "ce_correlationid"));
    }

    @Test
    void anEventWithoutCorrelationCarriesNoCorrelationHeader() {
        OutboxRow row = row(1, "t.a.events", "k", "jp.kyoso.t.a.b.v1", "/services/x", "1970-01-01T00:00:00.000000Z", null, "{}");

        assertNull(OutboxRelay.toRecord(row).headers().lastHeader("ce_correlationid"));
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
