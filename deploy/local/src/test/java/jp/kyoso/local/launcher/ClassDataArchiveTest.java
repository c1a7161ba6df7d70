package jp.kyoso.local.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path folder;

    @Test
    void theFirstStartRecordsAtExitAndLaterStartsUseTheArchive() throws IOException {
        Path jar = jar("kyoso-kpi.jar", "v1");
        Path archives = folder.resolve("cds");
        ClassDataArchive first = ClassDataArchive.of(archives, "kpi", jar);
        assertTrue(first.recordsAtExit());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + first.file(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                first.jvmFlags(true));

        Files.write(first.file(), new byte[] {1, 2, 3}); // what the JVM writes when the service stops
        first.recorded();
        ClassDataArchive next = ClassDataArchive.of(archives, "kpi", jar);
        assertFalse(next.recordsAtExit());
        assertEquals("-XX:SharedArchiveFile=" + first.file(), next.jvmFlags(true).get(0));
        assertEquals("-XX:SharedArchiveFile=" + first.file(), next.jvmFlags(false).get(0),
                "an archive there is used even where none would be recorded");
    }

    @Test
    void aRebuiltJarRecordsAgainAndTheOldArchiveOfThatServiceGoes() throws IOException {
        Path archives = folder.resolve("cds");
        Path jar = jar("kyoso-kpi.jar", "v1");
        ClassDataArchive old = ClassDataArchive.of(archives, "kpi", jar);
        old.jvmFlags(true);
        Files.write(old.file(), new byte[] {1});
        old.recorded();
        Path otherService = archives.resolve("fund-1-2.jsa");
        Files.write(otherService, new byte[] {1});

        jar("kyoso-kpi.jar", "version two, longer");
        ClassDataArchive rebuilt = ClassDataArchive.of(archives, "kpi", jar);
        assertNotEquals(old.file(), rebuilt.file());
        assertTrue(rebuilt.recordsAtExit());
        rebuilt.jvmFlags(true);
        rebuilt.recorded();
        assertFalse(Files.exists(old.file()), "the archive of the earlier jar is deleted");
        assertTrue(Files.exists(otherService), "other services' archives stay");
    }

    @Test
    void aThrowawayPlatformRecordsNothingAndAPartialArchiveIsDiscarded() throws IOException {
        Path jar = jar("kyoso-fund.jar", "v1");
        ClassDataArchive archive = ClassDataArchive.of(folder.resolve("cds"), "fund", jar);
        assertEquals(List.of(), archive.jvmFlags(false));

        archive.jvmFlags(true);
        Files.write(archive.file(), new byte[] {1});
        archive.discardPartial();
        assertFalse(Files.exists(archive.file()));
        assertTrue(ClassDataArchive.of(folder.resolve("cds"), "fund", jar).recordsAtExit());
    }

    @Test
    void whileOneStartRecordsAnotherStartOfTheJarNeitherRecordsNorMapsTheUnfinishedFile() throws IOException {
        Path jar = jar("kyoso-portal.jar", "v1");
        Path archives = folder.resolve("cds");
        ClassDataArchive recording = ClassDataArchive.of(archives, "portal", jar);
        assertEquals("-XX:ArchiveClassesAtExit=" + recording.file(), recording.jvmFlags(true).get(0));
        assertTrue(recording.recording());

        Files.write(recording.file(), new byte[] {1}); // the recording JVM is still writing
        ClassDataArchive meanwhile = ClassDataArchive.of(archives, "portal", jar);
        assertEquals(List.of(), meanwhile.jvmFlags(true));
        assertFalse(meanwhile.recording());

        recording.recorded(); // that JVM has exited
        assertFalse(recording.recording());
        ClassDataArchive after = ClassDataArchive.of(archives, "portal", jar);
        assertEquals("-XX:SharedArchiveFile=" + recording.file(), after.jvmFlags(true).get(0));
    }

    @Test
    void anArchiveDiscardedMidWayIsRecordedByTheNextStart() throws IOException {
        Path jar = jar("kyoso-declarations.jar", "v1");
        Path archives = folder.resolve("cds");
        ClassDataArchive killed = ClassDataArchive.of(archives, "declarations", jar);
        killed.jvmFlags(true);
        Files.write(killed.file(), new byte[] {1});
        killed.discardPartial();

        ClassDataArchive next = ClassDataArchive.of(archives, "declarations", jar);
        assertEquals("-XX:ArchiveClassesAtExit=" + killed.file(), next.jvmFlags(true).get(0));
        next.recorded();
    }

    private Path jar(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
