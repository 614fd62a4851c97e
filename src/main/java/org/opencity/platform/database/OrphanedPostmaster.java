package org.opencity.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a {@code postmaster.pid} that an earlier run left in the data folder, before a new server starts there.
 * <p>
 * PostgreSQL is started by {@code pg_ctl} and is not a child of the JVM, so when the JVM is killed (kill -9, the OOM
 * killer) the server keeps running with nobody to stop it. PostgreSQL then refuses a second server on the folder
 * ("lock file postmaster.pid already exists"), and the library gives up waiting for it. Run only while holding the
 * {@link DataDirectoryLock}, i.e. when no live JVM owns the folder, so such a server is an orphan: it is stopped
 * (fast shutdown: its sessions belonged to the dead JVM), and the new one starts on the same data.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDir, Duration timeout) {
        Optional<PostmasterPidFile> found = PostmasterPidFile.read(dataDir);
        if (found.isEmpty()) {
            return;
        }
        PostmasterPidFile pidFile = found.get();
        Optional<ProcessHandle> process = ProcessHandle.of(pidFile.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // The server died too (e.g. the machine stopped): PostgreSQL removes a lock file whose process is gone.
            log.info("{} names process {}, which is gone; PostgreSQL will replace it", pidFile.file(), pidFile.pid());
            return;
        }
        if (isZombie(pidFile.pid())) {
            // Ended, but not yet collected by the process that adopted it (some init processes take seconds, some
            // never do): PostgreSQL takes a zombie's id for a live server and would refuse to start.
            log.warn(
                    "{} names process {}, which has ended but is not reaped yet: removing the stale file",
                    pidFile.file(),
                    pidFile.pid());
            delete(pidFile.file());
            return;
        }
        ProcessHandle.Info info = process.get().info();
        Optional<List<String>> arguments = info.arguments().map(List::of);
        Optional<String> program =
                info.command().map(command -> Path.of(command).getFileName().toString());
        if (arguments.isPresent() && runsOn(arguments.get(), dataDir)) {
            stop(process.get(), pidFile, dataDir, timeout);
        } else if (program.isPresent() && !program.get().startsWith("postgres")) {
            // PostgreSQL only checks that the process id is alive, so after a reboot that gave the id to another
            // program it would refuse to start. A server on this folder always has its own id in the file.
            log.warn(
                    "{} names process {}, which is {}, not PostgreSQL: removing the stale file",
                    pidFile.file(),
                    pidFile.pid(),
                    info.command().get());
            delete(pidFile.file());
        } else {
            // Some PostgreSQL process, or one we cannot see into: not ours to judge. If it is a server of this folder
            // (named by a path we do not recognise), PostgreSQL's refusal is right; otherwise its message says what to
            // do.
            log.warn(
                    "{} names process {} ({}), which may be a PostgreSQL server of this folder; leaving it to PostgreSQL",
                    pidFile.file(),
                    pidFile.pid(),
                    info.commandLine().orElse("command line unreadable"));
        }
    }

    /** Whether a command line is a PostgreSQL server's ({@code postgres -D <folder> ...}) for this data folder. */
    static boolean runsOn(List<String> arguments, Path dataDir) {
        int option = arguments.indexOf("-D");
        if (option < 0 || option + 1 >= arguments.size()) {
            return false;
        }
        Path folder = Path.of(arguments.get(option + 1));
        try {
            return Files.isSameFile(folder, dataDir);
        } catch (IOException e) {
            return folder.toAbsolutePath()
                    .normalize()
                    .equals(dataDir.toAbsolutePath().normalize());
        }
    }

    /** Whether the process has ended and waits for its parent to collect it (Linux: state Z in /proc/pid/stat). */
    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (command) state ...": the command may contain spaces and parentheses, the state follows the last
            // ')'.
            return stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster, PostmasterPidFile pidFile, Path dataDir, Duration timeout) {
        log.warn(
                "A PostgreSQL server (pid {}, port {}) that an earlier run did not stop still runs on {}: stopping it",
                pidFile.pid(),
                pidFile.port(),
                dataDir);
        // The server's own pg_ctl, from the folder the library unpacked it to: same version, no guessing.
        Optional<Path> pgCtl = postmaster
                .info()
                .command()
                .map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent() && pgCtlStop(pgCtl.get(), dataDir, timeout)) {
            // pg_ctl -w succeeds once the server has removed postmaster.pid, the last thing it does after its
            // workers have ended. Its process may linger as a zombie until whoever adopted it reaps it.
            log.info("Stopped the PostgreSQL server (pid {}) left running on {}", pidFile.pid(), dataDir);
            return;
        }
        // No usable pg_ctl: SIGTERM is a "smart" shutdown, which is enough when the sessions' JVM is dead.
        postmaster.destroy();
        try {
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException(
                    "The PostgreSQL server (pid " + pidFile.pid() + ") left running on " + dataDir
                            + " did not stop within " + timeout + "; stop it (pg_ctl stop -m fast -D " + dataDir
                            + ") and start again",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server on " + dataDir, e);
        }
        log.info("Stopped the PostgreSQL server (pid {}) left running on {}", pidFile.pid(), dataDir);
    }

    /** Whether {@code pg_ctl stop -m fast -w} stopped the server. */
    private static boolean pgCtlStop(Path pgCtl, Path dataDir, Duration timeout) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // PostgreSQL's tools refuse to run as root; the library runs its own pg_ctl this way for the same reason.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                pgCtl.toString(),
                "stop",
                "-D",
                dataDir.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                Long.toString(Math.max(1, timeout.toSeconds()))));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            // pg_ctl ends by itself within -t seconds, closing its output.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            log.info("pg_ctl stop (exit {}): {}", exit, output);
            return exit == 0;
        } catch (IOException e) {
            log.warn("Could not run {}", pgCtl, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server on " + dataDir, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
