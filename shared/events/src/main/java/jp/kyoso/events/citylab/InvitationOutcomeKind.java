package jp.kyoso.events.citylab;

/** What an invitation to propose led to. */
public enum InvitationOutcomeKind {
    /** The invited organisation submitted a proposal to the challenge. */
    PROPOSED,
    /** The challenge closed without a proposal from the invited organisation. */
    NO_PROPOSAL
}
