package org.opencity.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A generated CSV of a million rows (about 100 MB) downloaded through the real HTTP endpoint, read line by line: the
 * heap that stays after a full collection, measured while the server is in the middle of writing it, does not grow
 * with the rows sent. A server that built the file (or its response) in memory before sending it would hold the
 * whole of it at every measurement; one that streams holds a buffer.
 */
// Real HTTP, as ApiFuzzTests (same configuration, so both share one application context).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataStreamingTests {

    /** What the heap may hold beyond what it held before the download: far less than the file's ~100 MB. */
    static final long BOUND = 64L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MillionRows millionRows;

    @Autowired
    OpenDataCatalogue catalogue;

    @AfterEach
    void switchOff() {
        millionRows.switchOff();
        catalogue.forget();
    }

    @Test
    void aMillionRowsStreamWithoutTheHeapGrowingWithThem() throws Exception {
        millionRows.switchOn();
        catalogue.forget();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long baseline = retainedHeap();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/data/download/" + MillionRows.CSV))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        long rows = 0;
        long bytes = 0;
        long peak = 0;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 64 * 1024)) {
            assertThat(lines.readLine()).isEqualTo("n,ward_code,category,value,note");
            String line;
            while ((line = lines.readLine()) != null) {
                // Every row is there, in order: the stream is the whole file, not a part of it.
                assertThat(line).startsWith(rows + ",00070,");
                bytes += line.length() + 1;
                rows++;
                if (rows % 200_000 == 0 && rows < MillionRows.ROWS) {
                    // The server is writing the rest meanwhile, held back by this reader: what it holds now stays.
                    peak = Math.max(peak, retainedHeap() - baseline);
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long after = retainedHeap() - baseline;
        assertThat(rows).isEqualTo(MillionRows.ROWS);
        assertThat(bytes).as("characters read").isGreaterThan(90_000_000L);
        assertThat(peak)
                .as("heap retained during the download, beyond the baseline")
                .isLessThan(BOUND);
        assertThat(after)
                .as("heap retained after the download, beyond the baseline")
                .isLessThan(BOUND);
        assertThat(took).as("time to stream a million rows").isLessThan(Duration.ofSeconds(30));
    }

    /** The heap in use after a full collection: what something still holds on to. */
    private static long retainedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
