package jp.kyoso.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Outbox rows as the cursor reads them: the text columns as PostgreSQL's UTF-8 bytes. */
final class OutboxRows {

    static final UUID ID = UUID.fromString("0b7f3a52-5d2e-4c8e-b0a1-44b2f1c0d9e7");

    private OutboxRows() {
    }

    static OutboxRow row(long seq, String topic, String key, String type, String source, String time,
                         String correlationId, String payload) {
        return new OutboxRow(seq, bytes(ID.toString()), topic, key, bytes(type), bytes(source), bytes(time),
                correlationId == null ? null : bytes(correlationId), bytes(payload));
    }

    /** A City Lab proposal event of one aggregate. */
    static OutboxRow proposal(long seq, String aggregate) {
        return row(seq, "citylab.proposal.events", aggregate, "jp.kyoso.citylab.proposal.submitted.v1",
                "/services/city-lab", "2026-12-07T09:00:00.000000Z", "corr-" + seq, "{\"seq\":" + seq + "}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
