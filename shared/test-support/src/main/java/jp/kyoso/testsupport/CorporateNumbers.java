package jp.kyoso.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Object mother: fresh, valid corporate numbers (法人番号), so test rows never collide with earlier ones. */
public final class CorporateNumbers {

    private CorporateNumbers() {
    }

    /** Twelve random digits behind their check digit (9 − Σ digit × (1 or 2 alternately from the right) mod 9). */
    public static String random() {
        StringBuilder twelve = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            twelve.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (twelve.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + twelve.toString();
    }
}
