package jp.kyoso.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.citylab.ProposalAttachmentRemoved;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import org.junit.jupiter.api.Test;

class OrganisationFilesTest {

    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final UUID OPEN = UUID.randomUUID();
    private static final UUID CLOSED = UUID.randomUUID();
    private static final UUID HIDDEN = UUID.randomUUID();

    private static final CurrentUser OWNER = user(ORGANISATION.toString());
    private static final CurrentUser OTHER = user(UUID.randomUUID().toString());

    /** A thing of {@link #ORGANISATION}; the hidden one answers 404 to the other organisation's reader. */
    private record Thing(UUID organisationId, boolean open) {
    }

    private static class ThingFiles extends OrganisationFiles<Thing> {

        private final Map<UUID, Thing> things = Map.of(OPEN, new Thing(ORGANISATION, true),
                CLOSED, new Thing(ORGANISATION, false), HIDDEN, new Thing(ORGANISATION, true));

        ThingFiles() {
            super("thing", AttachmentLimits.documents(1, 1), ProposalAttachmentRemoved::new);
        }

        @Override
        protected Thing readable(UUID ownerId, CurrentUser user) {
            Thing thing = things.get(ownerId);
            if (thing == null || (ownerId.equals(HIDDEN) && !user.belongsTo(thing.organisationId().toString()))) {
                throw new NotFoundException("resource.thing", ownerId);
            }
            return thing;
        }

        @Override
        protected UUID organisationOf(Thing thing) {
            return thing.organisationId();
        }

        @Override
        protected boolean open(Thing thing) {
            return thing.open();
        }
    }

    @Test
    void theOwningOrganisationChangesFilesOfAnOpenThing() {
        assertEquals(ORGANISATION, new ThingFiles().requireWritable(OPEN, OWNER));
    }

    @Test
    void aReaderOfAnotherOrganisationIsRefused403ByDefault() {
        ThingFiles files = new ThingFiles();
        files.requireReadable(OPEN, OTHER);
        assertEquals("attachment.notOwner",
                assertThrows(ForbiddenException.class, () -> files.requireWritable(OPEN, OTHER)).code());
    }

    @Test
    void anOwnerThatHidesTheThingAnswersItsOwn404ToEveryoneElse() {
        ThingFiles files = new ThingFiles() {
            @Override
            protected RuntimeException notWriter(UUID ownerId) {
                return new NotFoundException("resource.thing", ownerId);
            }
        };
        assertEquals(OPEN, assertThrows(NotFoundException.class, () -> files.requireWritable(OPEN, OTHER)).id());
        assertEquals(HIDDEN, assertThrows(NotFoundException.class, () -> files.requireReadable(HIDDEN, OTHER)).id());
        assertEquals(HIDDEN, assertThrows(NotFoundException.class, () -> files.requireWritable(HIDDEN, OTHER)).id());
    }

    @Test
    void aClosedThingKeepsItsFilesEvenFromItsOwner() {
        assertEquals("attachment.closed",
                assertThrows(ConflictException.class, () -> new ThingFiles().requireWritable(CLOSED, OWNER)).code());
    }

    @Test
    void theRemovalEventCarriesEveryFieldOfTheRemovedRowInItsPlace() {
        Instant uploaded = Instant.parse("2026-12-01T00:00:00Z");
        Instant removed = Instant.parse("2026-12-02T00:00:00Z");
        Attachment row = new Attachment(UUID.randomUUID(), "thing", OPEN, ORGANISATION, "計画書.pdf",
                "application/pdf", 1234, "ab12", "thing/key", "uploader", uploaded);
        assertEquals(new ProposalAttachmentRemoved(row.id().toString(), "thing", OPEN.toString(),
                        ORGANISATION.toString(), "計画書.pdf", "ab12", 1234, removed, "remover"),
                new ThingFiles().removed(row, "remover", removed));
    }

    private static CurrentUser user(String organisationId) {
        return new CurrentUser(UUID.randomUUID().toString(), "someone", organisationId, Set.of("MEMBER"));
    }
}
