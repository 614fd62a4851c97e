package org.opencity.hotline.internal.console;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.internal.call.CallLine;

/** A caller waiting to be rung back, the number masked until an officer asks to see it (audited). */
public record OpenCallback(
        UUID id, UUID callId, Instant requestedAt, Locale language, String maskedNumber, List<CallLine> lines) {

    public OpenCallback {
        lines = List.copyOf(lines);
    }
}
