package jp.kyoso.cocreation.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything co-creation holds about the people of one organisation, for the organisation's own export: its
 * contact, its seeds' contacts, and per roster entry the entry itself and every trace the person left under their
 * name (issues, comments, endorsements, working groups, meeting registrations, mentor comments).
 */
public record PersonalData(UUID organisationId, String organisationName, Instant exportedAt, Contact contact,
                           List<SeedContact> seedContacts, List<Person> people) {

    /** A name and address given for an organisation or a seed; either may be absent. */
    public record Contact(String name, String email) {
    }

    public record SeedContact(UUID seedId, String seedTitle, Contact contact) {
    }

    /**
     * One roster entry.
     *
     * @param erasedAt when the person was erased (their name and contact are then the pseudonym); null otherwise
     */
    public record Person(UUID memberId, String email, String role, String status, Instant invitedAt,
                         Instant joinedAt, Instant removedAt, String userId, String username, Instant erasedAt,
                         List<Trace> traces) {
    }

    /**
     * Something the person did that carries their name or words.
     *
     * @param kind ISSUE, ISSUE_COMMENT, ISSUE_ENDORSEMENT, WORKING_GROUP, MEETING_REGISTRATION or MENTOR_COMMENT
     * @param recordId the issue, comment, group, meeting or idea
     * @param shownAs the name shown with it
     * @param detail its title, text or status
     * @param occurredAt when it was written or done
     */
    public record Trace(String kind, String recordId, String shownAs, String detail, Instant occurredAt) {
    }
}
