package org.opencity.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and restart of the embedded database, with real processes: a JVM that runs the production
 * {@link EmbeddedDatabaseConfiguration} ({@link EmbeddedDatabaseProcess}) is killed with SIGKILL, which leaves its
 * PostgreSQL running, and the next JVM on the same folder must come up by itself with the data.
 */
class EmbeddedDatabaseCrashTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final List<Child> children = new ArrayList<>();

    @AfterEach
    void stopEverythingStarted() {
        children.forEach(child -> child.process.destroyForcibly());
        // Whatever a failed test left running on its folder, stopped the way the platform would.
        OrphanedPostmaster.stopIfRunning(temp.resolve("postgres"), PATIENCE);
    }

    @Test
    void theServerOfAKilledJvmIsStoppedAndTheNextStartHasTheData() throws Exception {
        Path dataDir = temp.resolve("postgres");
        Child first = start("first", dataDir, "write", "written before the crash");
        first.awaitOutput("READY");
        long orphan = PostmasterPidFile.read(dataDir).orElseThrow().pid();

        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(alive(orphan))
                .as("PostgreSQL outlives the JVM that started it")
                .isTrue();

        Child second = start("second", dataDir, "read");
        second.awaitOutput("READY");
        assertThat(second.output())
                .contains("FOUND written before the crash")
                .contains("Stopped the PostgreSQL server (pid " + orphan + ") left running on " + dataDir);
        long server = PostmasterPidFile.read(dataDir).orElseThrow().pid();
        assertThat(server).isNotEqualTo(orphan);
        // Counted by command line: the stopped orphan may stay a zombie until its adoptive parent reaps it.
        assertThat(postmastersOn(dataDir))
                .as("one server on the folder, the new one")
                .containsExactly(server);

        second.stop();
        assertThat(second.output()).contains("STOPPED");
        await().atMost(PATIENCE).until(() -> postmastersOn(dataDir).isEmpty());
    }

    @Test
    void aServerKilledTogetherWithItsJvmRecoversTheDataAtTheNextStart() throws Exception {
        Path dataDir = temp.resolve("postgres");
        Child first = start("first", dataDir, "write", "written before both died");
        first.awaitOutput("READY");
        ProcessHandle server = ProcessHandle.of(
                        PostmasterPidFile.read(dataDir).orElseThrow().pid())
                .orElseThrow();

        // What systemd's KillMode=mixed does to what is left of a crashed service, and what an OOM kill of all does.
        first.process.destroyForcibly();
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(PATIENCE).until(() -> postmastersOn(dataDir).isEmpty());
        assertThat(dataDir.resolve(PostmasterPidFile.NAME))
                .as("left behind by the killed server")
                .exists();

        Child second = start("second", dataDir, "read");
        second.awaitOutput("READY");
        assertThat(second.output()).contains("FOUND written before both died");
        second.stop();
    }

    @Test
    void aSecondJvmOnTheFolderOfARunningOneRefusesAndLeavesItsServerAlone() throws Exception {
        Path dataDir = temp.resolve("postgres");
        Child first = start("first", dataDir, "write", "still in use");
        first.awaitOutput("READY");
        long server = PostmasterPidFile.read(dataDir).orElseThrow().pid();

        Child second = start("second", dataDir, "read");
        assertThat(second.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        assertThat(second.process.exitValue()).isNotZero();
        assertThat(second.output()).contains("Another running process uses the database in");

        assertThat(alive(server)).isTrue();
        assertThat(PostmasterPidFile.read(dataDir).orElseThrow().pid()).isEqualTo(server);
        assertThat(postmastersOn(dataDir)).containsExactly(server);
        first.stop();
        assertThat(first.output()).contains("STOPPED");
    }

    private Child start(String name, Path dataDir, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(),
                dataDir.toString()));
        command.addAll(List.of(arguments));
        Path log = temp.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Child child = new Child(process, log);
        children.add(child);
        return child;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** PostgreSQL servers (not pg_ctl, not their worker processes) whose command line names the folder. */
    private static List<Long> postmastersOn(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .filter(process -> process.info()
                        .arguments()
                        .map(arguments -> OrphanedPostmaster.runsOn(List.of(arguments), dataDir))
                        .orElse(false))
                .map(ProcessHandle::pid)
                .toList();
    }

    private record Child(Process process, Path log) {

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        /** Waits for a line of output, failing at once (with the output) if the process ended without it. */
        void awaitOutput(String marker) throws IOException {
            await().atMost(PATIENCE).until(() -> output().contains(marker) || !process.isAlive());
            assertThat(output())
                    .as("output of a process that ended with %s", process.isAlive() ? "-" : process.exitValue())
                    .contains(marker);
        }

        /** Closes its input, which makes it stop its server and end. */
        void stop() throws Exception {
            process.getOutputStream().close();
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }
    }
}
