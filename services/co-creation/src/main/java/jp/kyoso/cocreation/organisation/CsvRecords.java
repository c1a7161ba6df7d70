package jp.kyoso.cocreation.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV as spreadsheets save it (Apache Commons CSV): UTF-8 with or without a byte-order mark, CRLF or LF,
 * quoted cells with commas, line breaks and doubled quotes. Strict UTF-8 on purpose: a Shift_JIS export (Excel's
 * default "CSV" in Japan) must be refused with a clear message, not stored garbled.
 */
public final class CsvRecords {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvRecords() {
    }

    /** The text of the file, or empty when it is not valid UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The records of {@code text}, each a list of cells; a blank line is a record of one empty cell, so record
     * numbers stay the spreadsheet's row numbers. Empty when the quoting is broken (an unclosed quote).
     */
    public static Optional<List<List<String>>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return Optional.of(records);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
