package jp.kyoso.cocreation.issue;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The issue a duplicate is folded into, named as the merged issue's view names it ({@code into} is accepted until the
 * next release).
 */
@Serdeable
public record MergeRequest(@NotNull @JsonAlias("into") UUID mergedIntoIssueId) {
}
