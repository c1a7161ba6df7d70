/**
 * Correlation ids, shared by the web layer (which chooses one per request) and messaging (which carries it in event
 * headers and continues it in consumers): the id of the work in progress in the SLF4J MDC as {@code correlationId}.
 */
package jp.kyoso.correlation;
