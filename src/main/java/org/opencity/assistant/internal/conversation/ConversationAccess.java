package org.opencity.assistant.internal.conversation;

import java.util.UUID;
import org.opencity.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * Who may see or continue a conversation: anyone with the id of an anonymous one, only its resident once it
 * belongs to someone. Every refusal reads as “not found”, so an id tells nothing about whose it is.
 */
@Component
public class ConversationAccess {

    private final ConversationRepository conversations;

    ConversationAccess(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    public ConversationRecord readable(UUID id, AccountId viewer) {
        return conversations.find(id).filter(c -> open(c, viewer)).orElseThrow(ConversationNotFound::new);
    }

    public ConversationRecord continued(UUID id, AccountId asker) {
        return readable(id, asker);
    }

    /** The conversation locked for a new turn, checked again: it may have been purged or claimed meanwhile. */
    public ConversationRecord lockedForTurn(UUID id, AccountId asker) {
        return conversations.lock(id).filter(c -> open(c, asker)).orElseThrow(ConversationNotFound::new);
    }

    private static boolean open(ConversationRecord conversation, AccountId person) {
        return conversation.accountId() == null
                || (person != null && conversation.accountId().equals(person.value()));
    }
}
