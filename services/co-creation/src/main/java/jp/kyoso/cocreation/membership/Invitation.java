package jp.kyoso.cocreation.membership;

/**
 * A new invitation with its acceptance code in clear, which only its mail carries out of this package (the demo
 * seeder accepts with it in the same transaction); never stored, never in an answer.
 */
public record Invitation(Membership membership, String acceptCode) {
}
