package jp.kyoso.cocreation.organisation;

import java.util.Optional;

/**
 * A Japanese corporate number (法人番号): 13 digits, the first a check digit over the other twelve
 * (National Tax Agency rule: 9 − (Σ Pn × Qn mod 9), Pn the n-th digit from the right, Qn 1 for odd n, 2 for even).
 */
public record CorporateNumber(String value) {

    private static final int LENGTH = 13;

    public CorporateNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a corporate number: " + value);
        }
    }

    /** Accepts what people type: full-width digits, spaces and hyphens are normalised away. */
    public static Optional<CorporateNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalised = normalise(input);
        return isValid(normalised) ? Optional.of(new CorporateNumber(normalised)) : Optional.empty();
    }

    static String normalise(String input) {
        StringBuilder digits = new StringBuilder(input.length());
        for (char c : input.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c != ' ' && c != '　' && c != '-' && c != 'ー' && c != '－') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean isValid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (char c : value.toCharArray()) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return value.charAt(0) - '0' == checkDigit(value.substring(1));
    }

    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = twelveDigits.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    @Override
    public String toString() {
        return value;
    }
}
