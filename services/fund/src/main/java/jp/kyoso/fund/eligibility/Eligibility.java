package jp.kyoso.fund.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Whether an organisation has an active SDGs declaration: the fund's eligibility and bonus input. When it has none,
 * the other fields describe its latest declaration, if any (e.g. a lapsed one).
 */
@Serdeable
public record Eligibility(
        String organisationId,
        boolean activeDeclaration,
        @Nullable String declarationId,
        @Nullable String registrationNumber,
        @Nullable DeclarantStatus status,
        boolean reportOverdue,
        @Nullable Integer termEndFiscalYear) {
}
