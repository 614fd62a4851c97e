package org.opencity.hotline.internal.console;

import java.util.Arrays;

/** How an agent closes a call they took from the queue. */
public enum ClosingOutcome {
    RESOLVED,
    TRANSFERRED,
    NOT_HELPED;

    /** The outcome a form sent, or null when none (or none known) was chosen. */
    public static ClosingOutcome of(String given) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.name().equals(given))
                .findFirst()
                .orElse(null);
    }
}
