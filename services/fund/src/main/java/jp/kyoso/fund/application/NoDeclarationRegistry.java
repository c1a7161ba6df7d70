package jp.kyoso.fund.application;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * The fallback while no declarations projection is wired: nobody holds an active declaration, so a call that requires
 * one finds every applicant ineligible and no declaration bonus is given. Safe rather than generous.
 */
@Singleton
@Secondary
public class NoDeclarationRegistry implements DeclarationStatusLookup {

    @Override
    public boolean hasActiveDeclaration(UUID organisationId) {
        return false;
    }
}
