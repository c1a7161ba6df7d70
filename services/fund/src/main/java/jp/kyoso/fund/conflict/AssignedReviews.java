package jp.kyoso.fund.conflict;

import java.util.List;
import java.util.UUID;

/**
 * The review assignments a conflict takes away, kept by the review feature (which asks this one before it assigns):
 * an interface here, so the two features do not depend on each other both ways.
 */
public interface AssignedReviews {

    /** The applications the member is assigned to review. */
    List<UUID> applicationsOf(String reviewerId);

    /** Takes the member off the application, if assigned. */
    void withdraw(UUID applicationId, String reviewerId);
}
