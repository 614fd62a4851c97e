package org.opencity.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock that tells a live owner of a data folder from a dead one; across processes in {@link EmbeddedDatabaseCrashTests}. */
class DataDirectoryLockTests {

    @TempDir
    Path temp;

    @Test
    void aFolderHasOneOwnerAtATime() {
        Path dataDir = temp.resolve("postgres");
        try (DataDirectoryLock owner = DataDirectoryLock.acquire(dataDir)) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .withMessageContaining("Another running process uses the database in " + dataDir);
        }
        DataDirectoryLock.acquire(dataDir).close();
    }

    @Test
    void theLockFileSitsNextToTheFolderWhichStaysEmptyForInitdb() {
        Path dataDir = temp.resolve("postgres");
        try (DataDirectoryLock owner = DataDirectoryLock.acquire(dataDir)) {
            assertThat(temp.resolve("postgres.lock")).exists();
            assertThat(dataDir).doesNotExist();
        }
    }
}
