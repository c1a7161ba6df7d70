package jp.kyoso.declarations.directory;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.declarations.declaration.PublicEntryView;

/** The whole public registry as JSON open data; the note is given in both languages. */
@Serdeable
public record OpenDataView(String note, String noteEnglish, Instant generatedAt, int count,
                           List<PublicEntryView> declarations) {
}
