package org.opencity.assistant.internal.retrieval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param confidenceThreshold below this {@link SearchResult#confidence()} the assistant says it is not sure (the
 *     value is calibrated on bench/assistant: see its REPORT.md)
 * @param buildIndexOnStart build the index as soon as the application is ready, rather than at the first question
 * @param faqCheck how often each node compares the FAQ table with what its index was built from (another node may
 *     have changed it)
 * @param catalogueCheck how often each node re-reads the catalogue to compare it with its index; a whole read,
 *     since the procedure module publishes no change yet
 */
@ConfigurationProperties("opencity.assistant")
public record RetrievalProperties(
        @DefaultValue("0.5") double confidenceThreshold,
        @DefaultValue("true") boolean buildIndexOnStart,
        @DefaultValue("PT1M") Duration faqCheck,
        @DefaultValue("PT10M") Duration catalogueCheck) {}
