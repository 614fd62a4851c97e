package org.opencity.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operating-system lock on {@code <data folder>.lock}, held for as long as this JVM runs a server on the folder.
 * The kernel drops it when the JVM ends, however it ends, so the next start can tell a server whose JVM died (an
 * orphan, which it stops) from one that a live JVM still uses (which it must leave alone). The file sits next to
 * the folder because {@code initdb} wants an empty folder.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);

    private final FileChannel channel;

    private DataDirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the lock, or fails at once if another process (or this one) holds it. */
    static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another running process uses the database in " + dataDir
                        + " (it holds " + file + "); stop it, or give this one its own OPENCITY_DATA_DIR");
            }
            return new DataDirectoryLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + file, e);
        }
    }

    /** Releases the lock (closing the channel releases it). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("Could not release the data folder lock", e);
        }
    }
}
