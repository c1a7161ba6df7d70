package jp.kyoso.declarations.declaration;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The full preview before submission: the entry as it will be published, the version to submit, and what still
 * blocks submission (missing sides).
 */
@Serdeable
public record PreviewView(PublicEntryView entry, long version, boolean readyToSubmit, List<SideView> missingSides,
                          String note) {
}
