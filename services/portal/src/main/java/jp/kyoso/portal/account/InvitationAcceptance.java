package jp.kyoso.portal.account;

import java.util.UUID;

/**
 * Accepting an organisation's invitation in the co-creation service, which owns rosters, as the signed-in person
 * (their own token is passed on, so co-creation checks and records them, not the portal).
 */
public interface InvitationAcceptance {

    /**
     * @return the organisation whose roster now lists the person
     * @throws Refused when co-creation refused (wrong code, invitation closed, ...): its answer is passed back as is
     * @throws Unreachable when co-creation could not be asked
     */
    Organisation accept(UUID invitationId, String code, String bearerToken, String acceptLanguage);

    /** Co-creation's own refusal: status, content type and body (problem+json in the caller's language). */
    final class Refused extends RuntimeException {
        private final int status;
        private final String contentType;
        private final String body;

        public Refused(int status, String contentType, String body) {
            super("co-creation refused the invitation: HTTP " + status);
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        public String body() {
            return body;
        }
    }

    /** Co-creation did not answer (down, timed out). */
    final class Unreachable extends RuntimeException {
        public Unreachable(Throwable cause) {
            super("co-creation could not be reached: " + cause, cause);
        }
    }
}
