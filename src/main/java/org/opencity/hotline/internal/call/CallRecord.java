package org.opencity.hotline.internal.call;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.CallOutcome;

/**
 * A row of htl_call: one phone call, where it stands and what it did.
 *
 * @param callerPhone the caller's number, for a call-back and the SMS of a report only
 * @param retries prompts in a row the caller left unanswered or answered with something the step did not understand
 * @param path the steps the call went through, for the call log (e.g. "menu question answered")
 */
@RecordBuilder
public record CallRecord(
        UUID id,
        String providerCallId,
        String callerPhone,
        String calledNumber,
        String language,
        CallStep state,
        int retries,
        UUID conversationId,
        String dossierCode,
        String reportPlace,
        String reportNumber,
        CallOutcome outcome,
        String path,
        Instant startedAt,
        Instant endedAt,
        Instant updatedAt)
        implements CallRecordBuilder.With {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean english() {
        return "en".equals(language);
    }

    CallRecord through(CallStep step) {
        String next = path.isEmpty() ? step.path() : path + " " + step.path();
        // The log keeps the last steps of a very long call; the column holds 2,000 characters.
        return withPath(next.length() > 1900 ? next.substring(next.length() - 1900) : next);
    }

    CallRecord achieved(CallOutcome reached) {
        return withOutcome(reached.or(outcome));
    }
}
