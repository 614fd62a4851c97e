package org.opencity.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencity.report.ReportProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Photos as files under the data folder; written to a temporary name and moved, so a crash never leaves half a file.
 */
@Component
@ConditionalOnProperty(prefix = "opencity.report.storage", name = "type", havingValue = "local", matchIfMissing = true)
class LocalDiskPhotoStorage implements PhotoStorage {

    private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9.-]+)*");

    private final Path root;

    @Autowired
    LocalDiskPhotoStorage(ReportProperties properties) {
        this(Path.of(properties.photoDir()));
    }

    LocalDiskPhotoStorage(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store photo " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = resolve(key);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read photo " + key, e);
        }
    }

    private Path resolve(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("unsafe storage key");
        }
        return root.resolve(key);
    }
}
