package org.opencity.assistant;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A request to talk to a person, as officers (and the hotline's agent console) see it: the conversation so far, with
 * the questions masked, and the contact the resident chose to give.
 *
 * @param contact how the resident asked to be reached, or null; personal data, for officers only
 * @param language the conversation's language
 * @param takenByName the officer who took it, or null while it is open
 */
@RecordBuilder
public record HandoverView(
        UUID id,
        UUID conversationId,
        String contact,
        HandoverStatus status,
        Instant requestedAt,
        String takenByName,
        Instant takenAt,
        Locale language,
        List<ConversationTurn> turns) {

    public HandoverView {
        turns = List.copyOf(turns);
    }
}
