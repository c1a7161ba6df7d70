package jp.kyoso.web.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ByteBufferFactory;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.ChunkedMessageBodyReader;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.MessageBodyHandler;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.json.JsonFeatures;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.CustomizableJsonHandler;
import io.micronaut.json.body.JsonMessageHandler;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.serde.jackson.JacksonDecoder;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.MalformedBodyException;
import org.reactivestreams.Publisher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON body handler of every service, in place of Micronaut's {@link NettyJsonHandler}: it writes exactly as
 * Micronaut does (every writer method delegates), and reads a body only if it is
 * <ol>
 *   <li>UTF-8 (RFC 8259 §8.1): invalid byte sequences, overlong encodings and UTF-8-encoded surrogates are a 400
 *   {@code invalid-encoding} — Micronaut would otherwise read some of them as U+FFFD or lone surrogates and store
 *   them;</li>
 *   <li>exactly one JSON value: {@code {"a":1}}} or {@code {"a":1} xyz} is a 400 {@code trailing-content}, where
 *   Micronaut reads the first value and ignores the rest; other syntax errors are a 400 {@code malformed-body};</li>
 *   <li>typed: every field in its own JSON type (see {@link StrictDecoder}); a wrong one is a 400
 *   {@code invalid-input} naming the field ({@code commitments[0].target}, code {@code Type.text}, ...).</li>
 * </ol>
 * The checks run where the body is bound, before any handler, on the already buffered body (the size limit applies
 * first); nothing blocks. The same handler also reads JSON responses for Micronaut's HTTP client.
 * Streamed bodies ({@code Publisher<T>} parameters, {@link #readChunked}) are read by Micronaut unchanged: no service
 * uses them.
 */
@Singleton
@Replaces(NettyJsonHandler.class)
@Order(JsonMessageHandler.ORDER)
@JsonMessageHandler.ProducesJson
@JsonMessageHandler.ConsumesJson
public final class StrictJsonHandler<T> implements MessageBodyHandler<T>, ChunkedMessageBodyReader<T>,
        CustomizableJsonHandler, ResponseBodyWriter<T> {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final NettyJsonHandler<T> micronaut;
    private final SerdeRegistry registry;
    private final SerdeConfiguration serdeConfiguration;
    private final SerdeJacksonConfiguration jacksonConfiguration;
    private final JsonFactory jsonFactory;

    public StrictJsonHandler(JsonMapper jsonMapper, SerdeRegistry registry, SerdeConfiguration serdeConfiguration,
                             SerdeJacksonConfiguration jacksonConfiguration) {
        this.micronaut = new NettyJsonHandler<>(jsonMapper);
        this.registry = registry;
        this.serdeConfiguration = serdeConfiguration;
        this.jacksonConfiguration = jacksonConfiguration;
        JsonFactory factory = new JsonFactory();
        jacksonConfiguration.getFactoryFeatures().forEach(factory::configure);
        jacksonConfiguration.getReadFeatures().forEach((feature, enabled) ->
                factory.configure(feature.mappedFeature(), enabled));
        this.jsonFactory = factory;
    }

    // --- reading: strict ---

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return micronaut.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) {
        T value = read(type, byteBuffer.toByteArray());
        // Like Micronaut's handler: released only when read; on failure the caller releases it.
        if (byteBuffer instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) {
        try {
            return read(type, inputStream.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("Error reading the JSON body: " + e.getMessage(), e);
        }
    }

    /**
     * One pass over the body in the common case: the parser that binds the value also refuses duplicate names, and
     * what follows the value is checked where binding stopped. Only when binding fails is the whole body checked again
     * first, so that a body with, say, a wrong type before a syntax error still gets the syntax error, as it always
     * has.
     */
    private T read(Argument<T> type, byte[] bytes) {
        CharBuffer decoded = utf8(bytes);
        char[] text = decoded.array();
        int start = decoded.limit() > 0 && text[0] == BYTE_ORDER_MARK ? 1 : 0;  // RFC 8259 §8.1: may be ignored
        int end = decoded.limit();
        try (JsonParser parser = parser(text, start, end)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            T value;
            try {
                Deserializer.DecoderContext context = registry.newDecoderContext(null);
                Deserializer<? extends T> deserializer = context.findDeserializer(type).createSpecific(context, type);
                Decoder decoder = new StrictDecoder(
                        JacksonDecoder.create(parser, LimitingStream.limitsFromConfiguration(serdeConfiguration)));
                value = deserializer.deserializeNullable(decoder, context, type);
            } catch (IOException | RuntimeException e) {
                checkSingleValue(text, start, end);
                throw bindingError(type, e);
            }
            requireNothingAfter(parser, text, start, end);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // closing a parser over characters in memory
        }
    }

    private static RuntimeException bindingError(Argument<?> type, Exception exception) {
        if (exception instanceof SerdeException serde) {
            return typeError(type, serde);
        }
        if (exception instanceof JsonProcessingException) {
            return new MalformedBodyException("malformed-body");
        }
        if (exception instanceof RuntimeException runtime) {
            return runtime;
        }
        return new CodecException("Error decoding JSON for type [" + type.getName() + "]: " + exception.getMessage(),
                exception);
    }

    /** After a bound value: nothing but whitespace may follow it. */
    private void requireNothingAfter(JsonParser parser, char[] text, int start, int end) {
        JsonStreamContext context = parser.getParsingContext();
        if (!context.inRoot()) {
            checkSingleValue(text, start, end);  // the reader stopped inside the value: check the body the long way
            return;
        }
        // The decoder may have looked one token ahead; the root counts each value that began there.
        boolean trailing = context.getEntryCount() > 1;
        try {
            trailing = trailing || parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            trailing = true;  // "}}" or "} xyz": the first value was complete
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (trailing) {
            throw new MalformedBodyException("trailing-content");
        }
    }

    /** The body as text, or a 400 naming the first byte that is not UTF-8. */
    private static CharBuffer utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        // UTF-8 never needs more UTF-16 units than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The offset as text: MessageFormat would print 1234 as "1,234".
            throw new MalformedBodyException("invalid-encoding", String.valueOf(in.position()));
        }
        return out.flip();
    }

    /**
     * The whole body must be one JSON value: a syntax error, a name given twice in one object (which value would
     * count?) or anything but whitespace after the value is refused.
     */
    private void checkSingleValue(char[] text, int start, int end) {
        try (JsonParser parser = parser(text, start, end)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() == null) {
                return;  // only whitespace: no body, the binder reports the missing value
            }
            parser.skipChildren();
            boolean trailing;
            try {
                trailing = parser.nextToken() != null;
            } catch (JsonProcessingException e) {
                trailing = true;  // "}}" or "} xyz": the first value was complete
            }
            if (trailing) {
                throw new MalformedBodyException("trailing-content");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException("malformed-body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonParser parser(char[] text, int start, int end) throws IOException {
        // From characters, so the parser cannot guess another encoding (UTF-16/32) from the bytes.
        JsonParser parser = jsonFactory.createParser(text, start, end - start);
        jacksonConfiguration.getParserFeatures().forEach(parser::configure);
        return parser;
    }

    /** A wrong type with the path serde reports becomes a field error; anything else stays Micronaut's error. */
    private static RuntimeException typeError(Argument<?> type, SerdeException exception) {
        String code = null;
        String field = null;
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonTypeMismatch mismatch) {
                code = mismatch.code();
            }
            if (field == null && t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                field = path(serde.getPath());
            }
        }
        if (code == null && field == null) {
            return new CodecException("Error decoding JSON for type [" + type.getName() + "]: "
                    + exception.getMessage(), exception);
        }
        return InvalidInputException.of(field == null ? type.getName() : field, code == null ? "Invalid" : code);
    }

    // commitments[0].target, the way bean validation names a nested field; serde lists the innermost step first.
    private static String path(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof PropertyReferencePath property) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(property.property().getName());
            } else if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append('[').append(entry.key()).append(']');
            }
        }
        return field.toString();
    }

    @Override
    public Publisher<? extends T> readChunked(Argument<T> type, MediaType mediaType, Headers httpHeaders,
                                              Publisher<ByteBuffer<?>> input) {
        return micronaut.readChunked(type, mediaType, httpHeaders, input);
    }

    // --- writing: Micronaut's, unchanged ---

    @Override
    public CustomizableJsonHandler customize(JsonFeatures jsonFeatures) {
        // Only the HTTP client customises (e.g. JSON views); its reads are not request bodies.
        return micronaut.customize(jsonFeatures);
    }

    @Override
    public boolean isWriteable(Argument<T> type, MediaType mediaType) {
        return micronaut.isWriteable(type, mediaType);
    }

    @Override
    public MessageBodyWriter<T> createSpecific(Argument<T> type) {
        return micronaut.createSpecific(type);
    }

    @Override
    public boolean isBlocking() {
        return micronaut.isBlocking();
    }

    @Override
    public void writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders outgoingHeaders,
                        OutputStream outputStream) {
        micronaut.writeTo(type, mediaType, object, outgoingHeaders, outputStream);
    }

    @Override
    public ByteBuffer<?> writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders outgoingHeaders,
                                 ByteBufferFactory<?, ?> bufferFactory) {
        return micronaut.writeTo(type, mediaType, object, outgoingHeaders, bufferFactory);
    }

    @Override
    public ByteBodyHttpResponse<?> write(ByteBodyFactory bodyFactory, HttpRequest<?> request,
                                         MutableHttpResponse<T> httpResponse, Argument<T> type, MediaType mediaType,
                                         T object) {
        return micronaut.write(bodyFactory, request, httpResponse, type, mediaType, object);
    }

    @Override
    public CloseableByteBody writePiece(ByteBodyFactory bodyFactory, HttpRequest<?> request, HttpResponse<?> response,
                                        Argument<T> type, MediaType mediaType, T object) {
        return micronaut.writePiece(bodyFactory, request, response, type, mediaType, object);
    }
}
