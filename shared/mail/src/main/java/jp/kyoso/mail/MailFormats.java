package jp.kyoso.mail;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How mails write times (always Asia/Tokyo, as the city reads them) and money (whole yen). */
public final class MailFormats {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JA_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm");
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MailFormats() {
    }

    /** @return e.g. {@code 2026年4月1日 9:30} or {@code 1 Apr 2026, 09:30} (Japan time, said so in the templates) */
    public static String dateTime(Instant instant, String language) {
        return (isEnglish(language) ? EN_DATE_TIME : JA_DATE_TIME).format(instant.atZone(TOKYO));
    }

    public static String date(LocalDate date, String language) {
        return (isEnglish(language) ? EN_DATE : JA_DATE).format(date);
    }

    /** @return {@code 1,200,000} (the template adds 円 or yen) */
    public static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    private static boolean isEnglish(String language) {
        return MailLanguage.ENGLISH.equals(MailLanguage.of(language));
    }
}
