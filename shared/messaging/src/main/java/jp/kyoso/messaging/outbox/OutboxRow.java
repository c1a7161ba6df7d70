package jp.kyoso.messaging.outbox;


/**
 * One unpublished outbox row as the relay reads it. The text columns that go to Kafka as they are (id, type, source,
 * the time as RFC 3339 text in UTC, correlation id, payload) stay the UTF-8 bytes PostgreSQL sent: decoding them to
 * strings only to encode them again was most of the relay's own CPU. The topic and key are strings, since the relay
 * also keeps and compares them.
 */
record OutboxRow(long seq, byte[] id, String topic, String key, byte[] type, byte[] source, byte[] time,
                 byte[] correlationId, byte[] payload) {
}
