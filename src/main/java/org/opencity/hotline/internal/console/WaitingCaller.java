package org.opencity.hotline.internal.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.internal.call.CallLine;

/**
 * A caller in the queue as every agent sees them: the number masked, the conversation with the hotline so far.
 *
 * @param id the hand-over's id (what "accept" names)
 * @param position 1 for the caller who has waited longest
 * @param maskedNumber null when the number was withheld
 */
public record WaitingCaller(
        UUID id,
        UUID callId,
        int position,
        Instant queuedAt,
        Duration waited,
        Locale language,
        String maskedNumber,
        List<CallLine> lines) {

    public WaitingCaller {
        lines = List.copyOf(lines);
    }

    public long waitedMinutes() {
        return waited.toMinutes();
    }

    public int waitedSeconds() {
        return waited.toSecondsPart();
    }
}
