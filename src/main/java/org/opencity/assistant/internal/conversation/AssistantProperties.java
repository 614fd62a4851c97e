package org.opencity.assistant.internal.conversation;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the assistant, prefix {@code opencity.assistant}.
 *
 * @param confidenceThreshold below this retrieval confidence the assistant says it is not sure and offers the
 *     closest records and a person
 * @param retention conversations untouched for this long are deleted, with their turns and hand-overs
 * @param maxQuestionLength longer questions are refused (the API description states the same limit)
 * @param rateLimit questions (and hand-over requests) one client may send per window
 * @param llm the optional language model that may rephrase the assembled facts; off while {@code url} is unset
 */
@ConfigurationProperties("opencity.assistant")
public record AssistantProperties(
        @DefaultValue("0.35") double confidenceThreshold,
        @DefaultValue("P90D") Duration retention,
        @DefaultValue("2000") int maxQuestionLength,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Llm llm) {

    /**
     * @param requests at most this many in one window, per IP address for anonymous visitors and per account for
     *     signed-in residents
     * @param window the length of a window
     */
    public record RateLimit(
            @DefaultValue("20") int requests,
            @DefaultValue("1m") Duration window) {}

    /**
     * An OpenAI-compatible chat completions API.
     *
     * @param url the API's base address (e.g. {@code https://api.openai.com/v1}); the assistant posts to
     *     {@code <url>/chat/completions}. Unset: no rephrasing
     * @param apiKey sent as a bearer token when set
     * @param model the model name the API expects
     * @param timeout past this the facts are given as assembled
     */
    public record Llm(
            URI url,
            String apiKey,
            @DefaultValue("gpt-4o-mini") String model,
            @DefaultValue("3s") Duration timeout) {

        public boolean enabled() {
            return url != null && !url.toString().isBlank();
        }
    }
}
