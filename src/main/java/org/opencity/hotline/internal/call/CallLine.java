package org.opencity.hotline.internal.call;

import java.time.Instant;

/** One line of a call's transcript: who spoke (the caller, the hotline, an agent) and what was said. */
public record CallLine(String speaker, String text, Instant saidAt) {}
