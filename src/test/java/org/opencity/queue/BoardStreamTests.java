package org.opencity.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.OpenCityApplication;
import org.opencity.TestClock;
import org.opencity.queue.internal.QueueChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A board follows a point over server-sent events on real HTTP: a ticket taken on this node reaches a stream of this
 * node and a stream of a second application on the same database (PostgreSQL LISTEN/NOTIFY between them).
 * Same configuration as BrowserTests, so they share one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class BoardStreamTests {

    @LocalServerPort
    int port;

    @Autowired
    QueueFixtures fixtures;

    @Autowired
    QueueChannel channel;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void realTime() {
        fixtures.reset();
    }

    @Test
    void aTicketTakenReachesBoardsOnThisNodeAndOnAnother() throws Exception {
        Duration ahead = fixtures.openMorning();
        String point = fixtures.centre(20);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(OpenCityApplication.class)
                .run("--server.port=0", "--spring.autoconfigure.exclude=", "--opencity.demo.enabled=false")) {
            other.getBean(TestClock.class).advance(ahead);
            int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            awaitListening(channel);
            awaitListening(other.getBean(QueueChannel.class));

            Events here = subscribe(port, point);
            Events there = subscribe(otherPort, point);
            assertThat(here.next()).as("the state at once").contains("\"point\":\"" + point + "\"");
            assertThat(there.next()).contains("\"point\":\"" + point + "\"");

            take(port, point, "A");
            assertThat(here.until("A-001")).contains("\"next\":[\"A-001\"]");
            assertThat(there.until("A-001")).contains("\"next\":[\"A-001\"]");

            // And the other way: a ticket taken on the second node reaches this one.
            take(otherPort, point, "B");
            assertThat(here.until("B-001")).contains("B-001");
            here.close();
            there.close();
        }
    }

    private static void awaitListening(QueueChannel channel) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(channel::listening);
    }

    private void take(int port, String point, String line) throws Exception {
        HttpResponse<String> taken = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/service-points/" + point + "/tickets"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"" + line + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    }

    private Events subscribe(int port, String point) {
        Events events = new Events();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/service-points/" + point + "/board"))
                .header("Accept", "text/event-stream")
                .build();
        events.response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    assertThat(response.statusCode()).isEqualTo(200);
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.startsWith("data:"))
                                .forEach(line -> events.data.add(line.substring(5)));
                    }
                });
        return events;
    }

    /** The data lines of one stream, as they arrive. */
    static final class Events {

        final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        CompletableFuture<Void> response;

        String next() throws InterruptedException {
            String event = data.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event within 10 s").isNotNull();
            return event;
        }

        /** The first event that mentions the text, within 10 seconds. */
        String until(String text) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                String event = data.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && event.contains(text)) {
                    return event;
                }
            }
            throw new AssertionError("no event mentioning " + text + " within 10 s");
        }

        void close() {
            response.cancel(true);
        }
    }
}
