package jp.kyoso.fund.eligibility;

import java.util.UUID;

/**
 * Whether an organisation holds an ACTIVE SDGs declaration (区独自のSDGs宣言), as the fund knows it from the declarations
 * service's events. Used by the eligibility rule "must hold an active declaration" and by the declaration bonus.
 * Answered by {@code eligibility.EligibilityQueries}, the projection of the declarations service's events.
 */
public interface DeclarationStatusLookup {

    boolean hasActiveDeclaration(UUID organisationId);
}
