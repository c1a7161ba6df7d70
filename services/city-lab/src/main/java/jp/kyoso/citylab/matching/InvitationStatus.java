package jp.kyoso.citylab.matching;

/** An invitation is open until the organisation proposes or the challenge closes without its proposal. */
public enum InvitationStatus {
    SENT,
    PROPOSED,
    NO_PROPOSAL
}
