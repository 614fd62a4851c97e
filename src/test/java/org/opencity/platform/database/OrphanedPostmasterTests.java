package org.opencity.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start does with a {@code postmaster.pid} it finds; a real orphaned server is in {@link EmbeddedDatabaseCrashTests}. */
class OrphanedPostmasterTests {

    /** Above the largest process id Linux can hand out (pid_max is at most 2^22). */
    private static final long NO_SUCH_PROCESS = 4_194_305;

    @TempDir
    Path dataDir;

    @Test
    void aFolderWithoutPidFileIsLeftAsItIs() throws IOException {
        OrphanedPostmaster.stopIfRunning(dataDir, Duration.ofSeconds(5));

        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsLeftToPostgresql() throws IOException {
        Path file = writePidFile(NO_SUCH_PROCESS);

        OrphanedPostmaster.stopIfRunning(dataDir, Duration.ofSeconds(5));

        assertThat(file).exists();
    }

    @Test
    void aPidFileWhoseProcessIdNowBelongsToAnotherProgramIsRemoved() throws IOException {
        // This JVM stands for whatever program got the id after a reboot: alive, but no PostgreSQL of this folder.
        Path file = writePidFile(ProcessHandle.current().pid());

        OrphanedPostmaster.stopIfRunning(dataDir, Duration.ofSeconds(5));

        assertThat(file).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aPidFileOfAProcessThatEndedButIsNotReapedIsRemoved() throws Exception {
        // The shell starts a child that ends two seconds later, when the shell has become a program that never
        // collects it: a zombie. (A child that ended before the exec could be collected by the shell itself.)
        Process parent = new ProcessBuilder("sh", "-c", "sleep 2 & echo $!; exec sleep 30").start();
        try {
            long zombie = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream())).readLine());
            await().atMost(Duration.ofSeconds(10)).until(() -> OrphanedPostmaster.isZombie(zombie));
            assertThat(ProcessHandle.of(zombie).map(ProcessHandle::isAlive))
                    .as("what PostgreSQL sees too")
                    .hasValue(true);
            Path file = writePidFile(zombie);

            OrphanedPostmaster.stopIfRunning(dataDir, Duration.ofSeconds(5));

            assertThat(file).doesNotExist();
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void aPidFileOfAnotherPostgresqlProcessIsLeftToPostgresql(@TempDir Path bin) throws Exception {
        // A program called postgres without "-D <this folder>" (like a server's worker, or a server started with a
        // path we do not recognise): perhaps this folder's server after all, so PostgreSQL decides.
        Path postgres = Files.copy(Path.of("/bin/sleep"), bin.resolve("postgres"));
        Process other = new ProcessBuilder(postgres.toString(), "30").start();
        try {
            Path file = writePidFile(other.pid());

            OrphanedPostmaster.stopIfRunning(dataDir, Duration.ofSeconds(5));

            assertThat(file).exists();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aServerRunsOnTheFolderItsCommandLineNames() {
        assertThat(OrphanedPostmaster.runsOn(List.of("-D", dataDir.toString(), "-p", "5432"), dataDir))
                .isTrue();
        assertThat(OrphanedPostmaster.runsOn(List.of("-D", dataDir.resolve(".").toString()), dataDir))
                .isTrue();
        assertThat(OrphanedPostmaster.runsOn(
                        List.of("-D", dataDir.resolve("other").toString()), dataDir))
                .isFalse();
        assertThat(OrphanedPostmaster.runsOn(List.of("-p", "5432"), dataDir)).isFalse();
        assertThat(OrphanedPostmaster.runsOn(List.of("-D"), dataDir)).isFalse();
    }

    @Test
    void thePidFileGivesProcessIdAndPort() throws IOException {
        writePidFile(1234);

        assertThat(PostmasterPidFile.read(dataDir)).hasValueSatisfying(file -> {
            assertThat(file.pid()).isEqualTo(1234);
            assertThat(file.port()).isEqualTo(54321);
        });
    }

    /** In PostgreSQL's layout: pid, folder, start time, port, socket folder, listen address, shared memory key, status. */
    private Path writePidFile(long pid) throws IOException {
        return Files.writeString(
                dataDir.resolve("postmaster.pid"),
                String.join(
                        "\n",
                        Long.toString(pid),
                        dataDir.toString(),
                        "1764316800",
                        "54321",
                        "/tmp",
                        "localhost",
                        "  1234567  12345",
                        "ready   ",
                        ""));
    }
}
