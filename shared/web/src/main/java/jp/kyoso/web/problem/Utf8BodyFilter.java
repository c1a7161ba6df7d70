package jp.kyoso.web.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses JSON and text bodies that are not valid UTF-8 with a 400 malformed-body problem. The framework decodes them
 * leniently, so without this check broken bytes would become U+FFFD or lone surrogates and be stored.
 *
 * <p>{@code kyoso.web.utf8-body-check: false} turns it off where bodies are only relayed (the portal's gateway: the
 * services behind it check them), so that a relayed body is streamed once rather than also buffered here.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Requires(property = "kyoso.web.utf8-body-check", notEquals = "false")
public final class Utf8BodyFilter implements Ordered {

    private final ErrorResponseProcessor<?> processor;

    public Utf8BodyFilter(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @RequestFilter
    public CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server) || !declaresUtf8Text(request)) {
            return CompletableFuture.completedFuture(null);
        }
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().thenApply(body -> {
            try (CloseableAvailableByteBody bytes = body) {
                if (isUtf8(bytes.toByteArray())) {
                    return null;
                }
            }
            return processor.processResponse(ErrorContext.builder(request)
                    .cause(new CharacterCodingException()).build(), HttpResponse.badRequest());
        });
    }

    // JSON is UTF-8 by definition (RFC 8259); text without a charset is read as UTF-8 by the services.
    private static boolean declaresUtf8Text(HttpRequest<?> request) {
        MediaType type = request.getContentType().orElse(null);
        if (type == null || request.getContentLength() == 0) {
            return false;
        }
        boolean textual = type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json")
                || type.getType().equalsIgnoreCase("text");
        return textual && type.getCharset().map(charset -> charset.equals(StandardCharsets.UTF_8)).orElse(true);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // After the correlation id, before security: a broken body is refused the same way whoever sends it.
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
