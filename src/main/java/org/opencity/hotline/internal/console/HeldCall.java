package org.opencity.hotline.internal.console;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.internal.call.CallLine;

/**
 * A call the agent accepted and has not closed: the agent handles it, so they see the caller's full number.
 *
 * @param id the hand-over's id (what "close" names)
 * @param number the caller's number, or null when it was withheld
 * @param connected whether the provider has put the caller through to the agent yet
 */
public record HeldCall(
        UUID id,
        UUID callId,
        Instant acceptedAt,
        String dialAddress,
        boolean connected,
        Locale language,
        String number,
        List<CallLine> lines) {

    public HeldCall {
        lines = List.copyOf(lines);
    }
}
