package org.opencity.assistant;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.assistant.internal.conversation.ConversationAccess;
import org.opencity.assistant.internal.conversation.ConversationRecord;
import org.opencity.assistant.internal.conversation.ConversationRepository;
import org.opencity.assistant.internal.conversation.HandoverAlreadyTaken;
import org.opencity.assistant.internal.conversation.HandoverNotFound;
import org.opencity.assistant.internal.conversation.HandoverRecord;
import org.opencity.assistant.internal.conversation.HandoverRecordBuilder;
import org.opencity.assistant.internal.conversation.HandoverRepository;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.platform.InvalidRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * “Talk to a person”: a resident's request hands the conversation to the officers, who see the conversation (its
 * questions masked) with the contact the resident chose to give, and take it, audited. One open request per
 * conversation: asking again changes nothing but the contact.
 */
@Service
public class Handovers {

    public static final int MAX_CONTACT = 200;
    static final int LISTED = 200;

    private final HandoverRepository handovers;
    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Handovers(
            HandoverRepository handovers,
            ConversationRepository conversations,
            ConversationAccess access,
            AuditTrail audit,
            Clock clock) {
        this.handovers = handovers;
        this.conversations = conversations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static AuditActions assistantAuditActions() {
        return AuditActions.of("audit.module.assistant", AssistantAuditAction.class);
    }

    /**
     * @param contact how the resident would like to be reached (a phone number, an email), or null
     * @param caller the signed-in resident, or null
     */
    @Transactional
    public HandoverView request(UUID conversationId, String contact, AccountId caller) {
        ConversationRecord conversation = access.readable(conversationId, caller);
        String given = checkedContact(contact);
        HandoverRecord open = handovers.openFor(conversation.id()).orElse(null);
        if (open == null) {
            open = HandoverRecordBuilder.builder()
                    .id(UUID.randomUUID())
                    .conversationId(conversation.id())
                    .contact(given)
                    .status(HandoverStatus.OPEN)
                    .requestedAt(clock.instant())
                    .build();
            handovers.insert(open);
        } else if (given != null) {
            handovers.contact(open.id(), given);
            open = open.withContact(given);
        }
        return view(open, conversation);
    }

    /** Open requests first, oldest first; then the latest taken. Any officer sees them all. */
    @Transactional(readOnly = true)
    public List<HandoverView> list(Actor officer) {
        requireOfficer(officer);
        return handovers.list(LISTED).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public HandoverView get(Actor officer, UUID id) {
        requireOfficer(officer);
        return view(handovers.find(id).orElseThrow(HandoverNotFound::new));
    }

    /** The officer takes the request (audited); another officer who took it first is named. */
    @Transactional
    public HandoverView take(Actor officer, UUID id) {
        requireOfficer(officer);
        HandoverRecord handover = handovers.find(id).orElseThrow(HandoverNotFound::new);
        if (!handovers.take(id, officer.id().value(), officer.displayName(), clock.instant())) {
            HandoverRecord now = handovers.find(id).orElseThrow(HandoverNotFound::new);
            throw new HandoverAlreadyTaken(now.takenByName());
        }
        audit.record(
                officer,
                AssistantAuditAction.ASSISTANT_HANDOVER_TAKEN,
                "assistant-handover",
                id.toString(),
                null,
                Map.of("conversation", handover.conversationId().toString()));
        return view(handovers.find(id).orElseThrow(HandoverNotFound::new));
    }

    private HandoverView view(HandoverRecord handover) {
        ConversationRecord conversation =
                conversations.find(handover.conversationId()).orElseThrow(HandoverNotFound::new);
        return view(handover, conversation);
    }

    private HandoverView view(HandoverRecord handover, ConversationRecord conversation) {
        return HandoverViewBuilder.builder()
                .id(handover.id())
                .conversationId(handover.conversationId())
                .contact(handover.contact())
                .status(handover.status())
                .requestedAt(handover.requestedAt())
                .takenByName(handover.takenByName())
                .takenAt(handover.takenAt())
                .language(Locale.forLanguageTag(conversation.language()))
                .turns(conversations.turns(conversation.id()).stream()
                        .map(Assistant::view)
                        .toList())
                .build();
    }

    private static String checkedContact(String contact) {
        String given = contact == null ? "" : contact.strip();
        if (given.isEmpty()) {
            return null;
        }
        if (given.length() > MAX_CONTACT) {
            throw new InvalidRequest("problem.assistant.contact-too-long", MAX_CONTACT);
        }
        if (given.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
            throw new InvalidRequest("problem.assistant.contact-unreadable");
        }
        return given;
    }

    private static void requireOfficer(Actor actor) {
        if (actor == null || !actor.isOfficer()) {
            throw new NotAllowed();
        }
    }
}
