package org.opencity.assistant.internal.faq;

import java.time.Instant;

/**
 * How far the FAQ table has got: a node whose index was built from an older state rebuilds it.
 *
 * @param newest the latest {@code updated_at}
 * @param entries how many entries there are
 */
public record FaqState(Instant newest, long entries) {}
