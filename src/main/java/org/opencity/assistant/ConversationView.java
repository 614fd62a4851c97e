package org.opencity.assistant;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A conversation as its resident sees it again.
 *
 * @param handoverOpen whether a request to talk to a person waits for an officer
 */
public record ConversationView(UUID id, Locale language, List<ConversationTurn> turns, boolean handoverOpen) {

    public ConversationView {
        turns = List.copyOf(turns);
    }
}
