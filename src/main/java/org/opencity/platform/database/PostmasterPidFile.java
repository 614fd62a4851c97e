package org.opencity.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock file {@code postmaster.pid} that a running PostgreSQL keeps in its data folder: line 1 is the server's
 * process id, line 4 its port (PostgreSQL documentation, "Database File Layout"). The server writes it at start and
 * removes it when it stops cleanly: a file that is there means that a server runs here or died without stopping.
 *
 * @param port 0 while the server is still writing the file
 */
record PostmasterPidFile(Path file, long pid, int port) {

    static final String NAME = "postmaster.pid";

    /** The file in {@code dataDir}, if there is one with a process id in it. */
    static Optional<PostmasterPidFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            // Being written this very moment, or damaged: PostgreSQL decides what to do with it when it starts.
            return Optional.empty();
        }
        int port = lines.size() > 3 && lines.get(3).strip().matches("\\d{1,5}")
                ? Integer.parseInt(lines.get(3).strip())
                : 0;
        return Optional.of(
                new PostmasterPidFile(file, Long.parseLong(lines.get(0).strip()), port));
    }
}
