package jp.kyoso.cocreation.profile;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.cocreation.profile.DeclarationStanding.Status;

/**
 * Keeps each organisation's declaration standing from the registry's events and shows it on the profile as the
 * {@code declaration} section. Events of one declaration arrive in order (keyed by it); a newer declaration of the
 * same organisation replaces the older one.
 */
@Singleton
public class DeclarationStandings implements ProfileExtension {

    private final DeclarationStandingRepository standings;

    public DeclarationStandings(DeclarationStandingRepository standings) {
        this.standings = standings;
    }

    @Transactional
    public void registered(UUID organisationId, UUID declarationId, String number, List<Integer> goals, int termEnd,
                           Instant at) {
        DeclarationStanding standing = DeclarationStanding.registered(organisationId, declarationId, number, goals,
                termEnd, at);
        if (standings.existsById(organisationId)) {
            standings.update(standing);
        } else {
            standings.save(standing);
        }
    }

    /** A change of the organisation's current declaration; events of an older declaration change nothing. */
    @Transactional
    public void changed(UUID organisationId, UUID declarationId, Status status, String reason, Integer termEnd,
                        Instant at) {
        standings.findById(organisationId)
                .filter(standing -> standing.declarationId().equals(declarationId))
                .ifPresent(standing -> standings.update(standing.with(status, reason,
                        termEnd == null ? standing.termEndFiscalYear() : termEnd, at)));
    }

    @Override
    public String key() {
        return "declaration";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> sectionFor(UUID organisationId) {
        return standings.findById(organisationId).map(standing -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("registrationNumber", standing.registrationNumber());
            section.put("status", standing.status().name());
            section.put("goals", standing.goalList());
            section.put("termEndFiscalYear", standing.termEndFiscalYear());
            if (standing.publicReason() != null) {
                section.put("publicReason", standing.publicReason());
            }
            return section;
        });
    }
}
