package org.opencity.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both photo stores keep what they are given: the local disk, and an S3-compatible store reached over HTTP
 * through the AWS SDK (s3rver, a small S3 server from npm, installed by .ci/run, stands in for the city's store).
 */
class PhotoStorageTests {

    private static final Path S3RVER = Path.of(".ci/tools/node_modules/.bin/s3rver");

    static Process s3rver;
    static int port;

    @BeforeAll
    static void startS3() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(S3RVER),
                "s3rver is installed by .ci/run (npm); without it only the local store is tested");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("s3rver");
        s3rver = new ProcessBuilder(
                        S3RVER.toString(),
                        "-a",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(port),
                        "-d",
                        data.toString(),
                        "--configure-bucket",
                        "opencity-photos")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("s3rver.log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("s3rver did not start");
    }

    @AfterAll
    static void stopS3() {
        if (s3rver != null) {
            s3rver.destroy();
        }
    }

    private static void roundTrip(PhotoStorage storage) {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4};
        storage.put("reports/abc/123/public.jpg", photo);
        assertThat(storage.get("reports/abc/123/public.jpg")).hasValue(photo);
        assertThat(storage.get("reports/abc/999/public.jpg")).isEmpty();
        storage.put("reports/abc/123/public.jpg", new byte[] {9});
        assertThat(storage.get("reports/abc/123/public.jpg")).hasValue(new byte[] {9});
    }

    @Test
    void theLocalDiskKeepsPhotos(@TempDir Path folder) {
        LocalDiskPhotoStorage storage = new LocalDiskPhotoStorage(folder);
        roundTrip(storage);
        assertThatThrownBy(() -> storage.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anS3CompatibleStoreKeepsPhotos() {
        PhotoStorageProperties settings = new PhotoStorageProperties(
                "s3", "http://127.0.0.1:" + port, "us-east-1", "opencity-photos", "test/", "S3RVER", "S3RVER", true);
        try (S3PhotoStorage storage = new S3PhotoStorage(settings)) {
            roundTrip(storage);
        }
    }
}
