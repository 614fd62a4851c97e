package org.opencity.hotline.internal.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.CallOutcome;
import org.opencity.hotline.internal.call.CallRecord;

/**
 * One call in the call log.
 *
 * @param maskedNumber the caller's number masked, or null when it was withheld
 * @param duration null while the call goes on
 * @param steps the steps the call went through (each a step's path segment, e.g. "dossier-code")
 * @param outcome null while the call goes on
 */
public record CallSummary(
        UUID id,
        Instant startedAt,
        String maskedNumber,
        Duration duration,
        Locale language,
        List<String> steps,
        CallOutcome outcome,
        String reportNumber,
        String dossierCode) {

    public CallSummary {
        steps = List.copyOf(steps);
    }

    static CallSummary of(CallRecord call) {
        return new CallSummary(
                call.id(),
                call.startedAt(),
                CallerNumbers.masked(call.callerPhone()),
                call.endedAt() == null ? null : Duration.between(call.startedAt(), call.endedAt()),
                call.locale(),
                call.path().isBlank()
                        ? List.of()
                        : Arrays.stream(call.path().strip().split("\\s+")).toList(),
                call.outcome(),
                call.reportNumber(),
                call.dossierCode());
    }

    public long durationMinutes() {
        return duration == null ? 0 : duration.toMinutes();
    }

    public int durationSeconds() {
        return duration == null ? 0 : duration.toSecondsPart();
    }
}
