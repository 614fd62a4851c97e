package org.opencity.assistant.internal.conversation;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes conversations nobody has touched for the retention period ({@code opencity.assistant.retention}), with
 * their turns and hand-over requests. Safe on several nodes at once: a row deleted by one is simply gone for the
 * others.
 */
@Component
public class ConversationPurge {

    private static final Logger log = LoggerFactory.getLogger(ConversationPurge.class);

    private final ConversationRepository conversations;
    private final AssistantProperties properties;
    private final Clock clock;

    ConversationPurge(ConversationRepository conversations, AssistantProperties properties, Clock clock) {
        this.conversations = conversations;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    @Transactional
    public int purge() {
        Instant cutOff = clock.instant().minus(properties.retention());
        int deleted = conversations.deleteUntouchedSince(cutOff);
        if (deleted > 0) {
            log.info("Deleted {} assistant conversations untouched since {}", deleted, cutOff);
        }
        return deleted;
    }
}
