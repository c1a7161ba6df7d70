package jp.kyoso.cocreation.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Approves the revision the approver read; a newer draft makes the approval stale (409). */
@Serdeable
public record MinutesApprovalRequest(@NotNull @Min(1) Integer revision) {
}
