package org.opencity.assistant;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.opencity.assistant.internal.answer.AnswerLanguage;
import org.opencity.assistant.internal.answer.AnswerTexts;
import org.opencity.assistant.internal.answer.Draft;
import org.opencity.assistant.internal.answer.Topic;
import org.opencity.assistant.internal.conversation.AnswerNotFound;
import org.opencity.assistant.internal.conversation.Answering;
import org.opencity.assistant.internal.conversation.ConversationAccess;
import org.opencity.assistant.internal.conversation.ConversationNotFound;
import org.opencity.assistant.internal.conversation.ConversationRecord;
import org.opencity.assistant.internal.conversation.ConversationRecordBuilder;
import org.opencity.assistant.internal.conversation.ConversationRepository;
import org.opencity.assistant.internal.conversation.HandoverRepository;
import org.opencity.assistant.internal.conversation.QuestionCheck;
import org.opencity.assistant.internal.conversation.QuestionMasking;
import org.opencity.assistant.internal.conversation.TurnRecord;
import org.opencity.assistant.internal.conversation.TurnRecordBuilder;
import org.opencity.assistant.internal.llm.Rephraser;
import org.opencity.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assistant's brain, for every channel (the chat page, the API, the hotline): answers a question within its
 * conversation, from the records retrieval finds and from other modules' live data, and stores the turn with the
 * question masked. A conversation of a signed-in resident is theirs alone; an anonymous one is reached by its random
 * id, and becomes the resident's when they ask in it signed in.
 */
@Service
public class Assistant {

    private final QuestionCheck check;
    private final QuestionMasking masking;
    private final AnswerLanguage languages;
    private final Answering answering;
    private final Rephraser rephraser;
    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final HandoverRepository handovers;
    private final AnswerTexts texts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Assistant(
            QuestionCheck check,
            QuestionMasking masking,
            AnswerLanguage languages,
            Answering answering,
            Rephraser rephraser,
            ConversationRepository conversations,
            ConversationAccess access,
            HandoverRepository handovers,
            AnswerTexts texts,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.check = check;
        this.masking = masking;
        this.languages = languages;
        this.answering = answering;
        this.rephraser = rephraser;
        this.conversations = conversations;
        this.access = access;
        this.handovers = handovers;
        this.texts = texts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Answer ask(Question question) {
        String text = check.checked(question.text());
        String masked = masking.mask(text);
        Locale language = languages.of(text, question.pageLocale());
        ConversationRecord earlier = question.conversationId() == null
                ? null
                : access.continued(question.conversationId(), question.asker());
        UUID conversationId = earlier == null ? UUID.randomUUID() : earlier.id();
        Topic topic = earlier == null || earlier.topicCode() == null
                ? null
                : new Topic(earlier.topicCode(), Objects.requireNonNullElse(earlier.topicConfidence(), 0.0));

        Draft draft = answering.answer(text, topic, question.asker(), language);
        if (draft.offerPerson()) {
            draft = draft.plus(new AssistantAction(
                    ActionKind.TALK_TO_PERSON,
                    texts.text("assistant.action.talk-to-person", language),
                    "/api/v1/assistant/conversations/" + conversationId + "/handover"));
        }
        String answer = draft.text();
        boolean rephrased = false;
        if (draft.rephrasable()) {
            var reworded = rephraser.rephrase(masked, answer, language);
            rephrased = reworded.isPresent();
            answer = reworded.orElse(answer);
        }
        TurnRecord turn = TurnRecordBuilder.builder()
                .id(UUID.randomUUID())
                .conversationId(conversationId)
                .question(masked)
                .answer(answer)
                .sources(draft.sources())
                .actions(draft.actions())
                .confidence(draft.confidence())
                .outcome(draft.outcome())
                .rephrased(rephrased)
                .askedAt(clock.instant())
                .build();
        Draft answered = draft;
        transaction.executeWithoutResult(status -> keep(earlier, turn, answered.topic(), question.asker(), language));
        return AnswerBuilder.builder()
                .conversationId(conversationId)
                .answerId(turn.id())
                .text(answer)
                .sources(draft.sources())
                .actions(draft.actions())
                .confidence(draft.confidence())
                .outcome(draft.outcome())
                .language(language)
                .build();
    }

    /**
     * The text with phone numbers, citizen ID numbers and e-mail addresses masked, as questions are stored: for other
     * channels (the hotline) that keep what residents said.
     */
    public String masked(String text) {
        return masking.mask(text);
    }

    /** The conversation as its resident sees it again; {@link ConversationNotFound} for anyone else. */
    public ConversationView conversation(UUID id, AccountId viewer) {
        ConversationRecord conversation = access.readable(id, viewer);
        return new ConversationView(
                conversation.id(),
                Locale.forLanguageTag(conversation.language()),
                conversations.turns(id).stream().map(Assistant::view).toList(),
                handovers.openFor(id).isPresent());
    }

    /**
     * Thumbs up or down on an answer; a second vote replaces the first.
     *
     * @return the answer's conversation
     */
    public UUID feedback(UUID answerId, Vote vote, AccountId caller) {
        TurnRecord turn = conversations.turn(answerId).orElseThrow(AnswerNotFound::new);
        try {
            access.readable(turn.conversationId(), caller);
        } catch (ConversationNotFound hidden) {
            throw new AnswerNotFound();
        }
        conversations.feedback(answerId, vote, clock.instant());
        return turn.conversationId();
    }

    static ConversationTurn view(TurnRecord turn) {
        return new ConversationTurn(
                turn.id(),
                turn.question(),
                turn.answer(),
                turn.sources(),
                turn.actions(),
                turn.confidence(),
                turn.outcome(),
                turn.feedback(),
                turn.askedAt());
    }

    private void keep(ConversationRecord earlier, TurnRecord turn, Topic topic, AccountId asker, Locale language) {
        Instant now = turn.askedAt();
        UUID owner = asker == null ? null : asker.value();
        if (earlier == null) {
            conversations.insert(ConversationRecordBuilder.builder()
                    .id(turn.conversationId())
                    .accountId(owner)
                    .language(language.toLanguageTag())
                    .topicCode(topic == null ? null : topic.code())
                    .topicConfidence(topic == null ? null : topic.confidence())
                    .startedAt(now)
                    .lastAt(now)
                    .build());
        } else {
            ConversationRecord locked = access.lockedForTurn(earlier.id(), asker);
            ConversationRecord next = locked.withAccountId(locked.accountId() == null ? owner : locked.accountId())
                    .withLanguage(language.toLanguageTag())
                    .withLastAt(now);
            if (topic != null) {
                next = next.withTopicCode(topic.code()).withTopicConfidence(topic.confidence());
            }
            conversations.update(next);
        }
        conversations.insert(TurnRecordBuilder.builder()
                .id(turn.id())
                .conversationId(turn.conversationId())
                .position(conversations.nextPosition(turn.conversationId()))
                .question(turn.question())
                .answer(turn.answer())
                .sources(turn.sources())
                .actions(turn.actions())
                .confidence(turn.confidence())
                .outcome(turn.outcome())
                .rephrased(turn.rephrased())
                .askedAt(turn.askedAt())
                .build());
    }
}
