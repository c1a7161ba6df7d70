package jp.kyoso.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.testsupport.SampleFiles;
import jp.kyoso.web.problem.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalObjectStorageTest {

    @TempDir
    Path root;

    @Test
    void storesReadsListsAndDeletesUnderKeysMadeOfIds() throws IOException {
        AttachmentStore store = new AttachmentStore(new LocalObjectStorage(root.toString()));
        String key = ObjectKeys.of("proposal", UUID.randomUUID(), UUID.randomUUID());
        byte[] pdf = SampleFiles.pdf();
        try (InspectedFile file = UploadInspector.inspect(new ByteArrayInputStream(pdf), "計画書.pdf",
                AttachmentLimits.documents(1, 1))) {
            store.put(key, file);
        }
        try (InputStream in = store.open(key)) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        assertEquals(Set.of(key), store.keys());
        assertTrue(Files.isRegularFile(root.resolve(key)));

        store.delete(key);
        assertEquals(Set.of(), store.keys());
        assertThrows(NotFoundException.class, () -> store.open(key));
    }

    @Test
    void aKeyThatIsNotMadeOfIdsIsRefused() {
        LocalObjectStorage storage = new LocalObjectStorage(root.toString());
        assertThrows(IllegalArgumentException.class, () -> storage.exists("../outside"));
        assertThrows(IllegalArgumentException.class, () -> storage.exists("proposal/計画書.pdf"));
        assertThrows(IllegalArgumentException.class, () -> ObjectKeys.of("Proposal/..", UUID.randomUUID(),
                UUID.randomUUID()));
    }
}
