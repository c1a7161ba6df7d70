package jp.kyoso.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A serde {@link Decoder} that accepts a value only in its own JSON type. micronaut-serde's decoders coerce: a
 * one-element array is read as its element ({@code ["x"]} as {@code "x"}), any text as a flag ({@code "yes"} as
 * {@code false}), numbers and flags as text, text as numbers, and fractions are cut to integers. Every typed read here
 * takes the value as it is ({@link Decoder#decodeArbitrary()}) and refuses another type with a
 * {@link JsonTypeMismatch}; structure, keys, nulls and untyped values ({@code Object}, maps of objects, trees) go to
 * the wrapped decoder unchanged, and nested decoders are wrapped too.
 */
final class StrictDecoder implements Decoder {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Decoder delegate;

    StrictDecoder(Decoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String decodeString() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof String text) {
            return text;
        }
        throw new JsonTypeMismatch("Type.text", value);
    }

    @Override
    public String decodeStringNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeString();
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new JsonTypeMismatch("Type.boolean", value);
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeBoolean();
    }

    @Override
    public char decodeChar() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof String text && text.length() == 1) {
            return text.charAt(0);
        }
        throw new JsonTypeMismatch("Type.text", value);
    }

    @Override
    public Character decodeCharNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeChar();
    }

    @Override
    public byte decodeByte() throws IOException {
        return (byte) integral(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public Byte decodeByteNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeByte();
    }

    @Override
    public short decodeShort() throws IOException {
        return (short) integral(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public Short decodeShortNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeShort();
    }

    @Override
    public int decodeInt() throws IOException {
        return (int) integral(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Integer decodeIntNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeInt();
    }

    @Override
    public long decodeLong() throws IOException {
        return integral(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Long decodeLongNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeLong();
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (isIntegral(value)) {
            return value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
        }
        throw new JsonTypeMismatch("Type.integer", value);
    }

    @Override
    public BigInteger decodeBigIntegerNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeBigInteger();
    }

    @Override
    public float decodeFloat() throws IOException {
        return (float) decodeDouble();
    }

    @Override
    public Float decodeFloatNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeFloat();
    }

    @Override
    public double decodeDouble() throws IOException {
        return number().doubleValue();
    }

    @Override
    public Double decodeDoubleNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeDouble();
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        Number number = number();
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    @Override
    public BigDecimal decodeBigDecimalNullable() throws IOException {
        return delegate.decodeNull() ? null : decodeBigDecimal();
    }

    @Override
    public Number decodeNumber() throws IOException {
        return number();
    }

    @Override
    public Number decodeNumberNullable() throws IOException {
        return delegate.decodeNull() ? null : number();
    }

    private Number number() throws IOException {
        Object value = delegate.decodeArbitrary();
        if (value instanceof Number number) {
            return number;
        }
        throw new JsonTypeMismatch("Type.number", value);
    }

    // A whole number in range; 5.0, 5.7 and "5" are not integers in JSON terms, 2^63 is not a long.
    private long integral(long min, long max) throws IOException {
        Object value = delegate.decodeArbitrary();
        if (!isIntegral(value)) {
            throw new JsonTypeMismatch("Type.integer", value);
        }
        if (value instanceof BigInteger big && (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0)) {
            throw new JsonTypeMismatch("Type.range", value);
        }
        long number = ((Number) value).longValue();
        if (number < min || number > max) {
            throw new JsonTypeMismatch("Type.range", value);
        }
        return number;
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    // --- structure and untyped values: unchanged, nested decoders strict as well ---

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        return new StrictDecoder(delegate.decodeArray(type));
    }

    @Override
    public Decoder decodeArray() throws IOException {
        return new StrictDecoder(delegate.decodeArray());
    }

    @Override
    public boolean hasNextArrayValue() throws IOException {
        return delegate.hasNextArrayValue();
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        return new StrictDecoder(delegate.decodeObject(type));
    }

    @Override
    public Decoder decodeObject() throws IOException {
        return new StrictDecoder(delegate.decodeObject());
    }

    @Override
    public String decodeKey() throws IOException {
        return delegate.decodeKey();
    }

    @Override
    public byte[] decodeBinary() throws IOException {
        return delegate.decodeBinary();
    }

    @Override
    public byte[] decodeBinaryNullable() throws IOException {
        return delegate.decodeBinaryNullable();
    }

    @Override
    public boolean decodeNull() throws IOException {
        return delegate.decodeNull();
    }

    @Override
    public Object decodeArbitrary() throws IOException {
        return delegate.decodeArbitrary();
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        return delegate.decodeNode();
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return new StrictDecoder(delegate.decodeBuffer());
    }

    @Override
    public void skipValue() throws IOException {
        delegate.skipValue();
    }

    @Override
    public void finishStructure() throws IOException {
        delegate.finishStructure();
    }

    @Override
    public void finishStructure(boolean consumeLeftElements) throws IOException {
        delegate.finishStructure(consumeLeftElements);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return delegate.createDeserializationException(message, invalidValue);
    }
}
