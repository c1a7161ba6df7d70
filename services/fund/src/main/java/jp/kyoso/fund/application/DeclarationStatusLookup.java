package jp.kyoso.fund.application;

import java.util.UUID;

/**
 * Whether an organisation holds an ACTIVE SDGs declaration (区独自のSDGs宣言), as the fund knows it from the declarations
 * service's events. Used by the eligibility rule "must hold an active declaration" and by the declaration bonus.
 * The default ({@link NoDeclarationRegistry}) knows no declarations; a projection of the declarations events replaces
 * it by declaring another bean of this type.
 */
public interface DeclarationStatusLookup {

    boolean hasActiveDeclaration(UUID organisationId);
}
