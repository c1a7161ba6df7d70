/** Reliable messaging between services: the transactional outbox and its relay, the idempotent inbox, dead letters. */
package jp.kyoso.messaging;
