package org.opencity.assistant.internal.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opencity.assistant.internal.conversation.AssistantProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rewording through any OpenAI-compatible chat completions API ({@code opencity.assistant.llm.*}); off while no URL
 * is set. The model gets the masked question and the assembled facts, with the instruction to use nothing else;
 * whatever it answers is checked ({@link FiguresKept}) and dropped when late (the whole exchange, body included, is
 * bounded by the timeout), failed, empty or carrying a figure of its own. Nothing of the question is logged.
 */
@Component
class ChatCompletionsRephraser implements Rephraser {

    private static final Logger log = LoggerFactory.getLogger(ChatCompletionsRephraser.class);
    private static final int LONGEST = 4000;

    private final AssistantProperties.Llm settings;
    private final JsonMapper json;
    private final HttpClient http;

    ChatCompletionsRephraser(AssistantProperties properties, JsonMapper json) {
        this.settings = properties.llm();
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<String> rephrase(String question, String facts, Locale language) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        CompletableFuture<HttpResponse<String>> exchange = null;
        try {
            exchange = http.sendAsync(
                    request(question, facts, language), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 != 2) {
                log.info("The language model answered HTTP {}; the assembled answer is given", response.statusCode());
                return Optional.empty();
            }
            return usable(content(response.body()), facts);
        } catch (TimeoutException late) {
            exchange.cancel(true);
            log.info("The language model took longer than {}; the assembled answer is given", settings.timeout());
            return Optional.empty();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | RuntimeException failed) {
            log.info(
                    "The language model could not be used ({}); the assembled answer is given",
                    failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private HttpRequest request(String question, String facts, Locale language) {
        String instruction = "You help residents of Hanoi with public services. Rewrite the FACTS below as a short,"
                + " friendly answer to the QUESTION, in "
                + ("en".equals(language.getLanguage()) ? "English" : "Vietnamese")
                + ". Use only the FACTS: add no fee, time, document, place, law or number that is not in them, and keep"
                + " every figure exactly as written. If the FACTS say something is not stated, say so.";
        Map<String, Object> body = Map.of(
                "model",
                settings.model(),
                "temperature",
                0,
                "messages",
                List.of(
                        Map.of("role", "system", "content", instruction),
                        Map.of("role", "user", "content", "QUESTION: " + question + "\n\nFACTS:\n" + facts)));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return request.build();
    }

    private URI endpoint() {
        String base = settings.url().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    private String content(String body) {
        JsonNode answer = json.readTree(body);
        return answer.path("choices").path(0).path("message").path("content").asString("");
    }

    private static Optional<String> usable(String rewording, String facts) {
        String text = rewording == null ? "" : rewording.strip();
        if (text.isEmpty() || text.length() > LONGEST) {
            log.info("The language model's answer was empty or too long; the assembled answer is given");
            return Optional.empty();
        }
        if (!FiguresKept.in(text, facts)) {
            log.info("The language model's answer had a figure the records do not; the assembled answer is given");
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
