package jp.kyoso.declarations.declaration;

/** {@code SDGs-<fiscal year>-<4-digit sequence>}, e.g. {@code SDGs-2025-0007}: the number the public cites. */
public final class RegistrationNumber {

    public static final int MAX_SEQUENCE = 9999;

    private RegistrationNumber() {
    }

    public static String format(int fiscalYear, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return "SDGs-%d-%04d".formatted(fiscalYear, sequence);
    }
}
