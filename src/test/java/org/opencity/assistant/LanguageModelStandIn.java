package org.opencity.assistant;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible chat completions API (the JDK's HTTP server) that behaves as the test chooses: rewords
 * the facts it is sent, answers late, fails, answers nothing, or invents a fee.
 */
final class LanguageModelStandIn implements AutoCloseable {

    enum Behaviour {
        REWORD,
        SLOW,
        FAIL,
        EMPTY,
        INVENT
    }

    /** One request as received: its authorization header and its JSON body. */
    record Received(String authorization, JsonNode body) {

        String userMessage() {
            return body.path("messages").path(1).path("content").asString();
        }
    }

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile Behaviour behaviour = Behaviour.REWORD;

    LanguageModelStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
            Behaviour now = behaviour;
            if (now == Behaviour.SLOW) {
                sleep(3_000);
            }
            if (now == Behaviour.FAIL) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            String content = switch (now) {
                case EMPTY -> "";
                case INVENT -> "Lệ phí là 99.000 đồng và mất 2 ngày.";
                default -> reworded(new Received(null, body).userMessage());
            };
            byte[] reply = json.writeValueAsBytes(java.util.Map.of(
                    "id",
                    "stand-in",
                    "choices",
                    List.of(java.util.Map.of(
                            "index", 0, "message", java.util.Map.of("role", "assistant", "content", content)))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    /** "Tóm lại: " and the first two fact lines: a rewording that keeps every figure. */
    static String reworded(String userMessage) {
        String facts = userMessage.substring(userMessage.indexOf("FACTS:\n") + 7);
        String[] lines = facts.split("\n");
        return "Tóm lại: " + lines[0] + " " + (lines.length > 1 ? lines[1] : "");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void forget() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
