package org.opencity.assistant;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Locale;
import java.util.UUID;
import org.opencity.identity.AccountId;

/**
 * A resident's question as a channel (the chat page, the API, the hotline) hands it to the assistant.
 *
 * @param text the words as typed; checked by the assistant (empty, too long, control characters)
 * @param conversationId the conversation it continues, or null to start one
 * @param asker the signed-in resident, or null for an anonymous visitor
 * @param pageLocale the language of the page or of Accept-Language; English here or in the question makes the
 *     answer English, anything else Vietnamese
 */
@RecordBuilder
public record Question(String text, UUID conversationId, AccountId asker, Locale pageLocale) {}
