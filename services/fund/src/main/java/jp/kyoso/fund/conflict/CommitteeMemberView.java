package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.committee.CommitteeMember;

/** A committee member with its declared affiliations, for the secretariat's assignment work. */
@Serdeable
public record CommitteeMemberView(String reviewerId, String username, @Nullable UUID organisationId,
                                  Instant registeredAt, boolean active, List<AffiliationView> affiliations) {

    public static CommitteeMemberView of(CommitteeMember member, List<CommitteeAffiliation> affiliations) {
        return new CommitteeMemberView(member.reviewerId(), member.username(), member.organisationId(),
                member.registeredAt(), member.active(), affiliations.stream().map(AffiliationView::of).toList());
    }
}
