package jp.kyoso.cocreation.application;

import jp.kyoso.cocreation.domain.Membership;

/** A new invitation with its acceptance code in clear: shown once to the inviter, never stored. */
public record Invitation(Membership membership, String acceptCode) {
}
