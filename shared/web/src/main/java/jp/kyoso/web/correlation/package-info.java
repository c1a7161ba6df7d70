/**
 * Correlation ids of HTTP requests (the ids themselves live in shared/correlation): every request gets one (taken from a valid {@code X-Correlation-Id} or generated), it is echoed in
 * the response, sits in the SLF4J MDC as {@code correlationId} on every thread that works on the request, and
 * {@code jp.kyoso.correlation.CorrelationIds#current()} hands it to the outbox for event headers.
 */
package jp.kyoso.web.correlation;
