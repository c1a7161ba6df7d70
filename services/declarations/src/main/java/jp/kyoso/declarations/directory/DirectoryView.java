package jp.kyoso.declarations.directory;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import jp.kyoso.declarations.declaration.PublicEntryView;

/** One page of the public directory, with the note that registration is a declaration, not a certification. */
@Serdeable
public record DirectoryView(String note, List<PublicEntryView> items, int page, int size, long totalItems,
                            int totalPages) {
}
