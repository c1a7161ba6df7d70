package jp.kyoso.citylab.matching;

import java.util.List;
import java.util.UUID;

/** One organisation in a challenge's concierge ranking: its best seed's score explains its place. */
public record OrganisationMatch(int rank, UUID organisationId, String organisationName, MatchScore best,
                                List<SeedMatch> seeds) {

    /** One of the organisation's seeds and how well it fits. */
    public record SeedMatch(UUID seedId, String title, MatchScore score) {
    }
}
