package org.opencity.hotline.internal.call;

import java.util.List;
import org.opencity.assistant.Answer;
import org.opencity.assistant.Assistant;
import org.opencity.assistant.ConversationTurn;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.QuestionBuilder;
import org.opencity.hotline.CallOutcome;
import org.opencity.hotline.internal.HotlineProperties;
import org.springframework.stereotype.Component;

/**
 * Questions by voice: the provider's transcript goes to the assistant (the same brain as the chat, one conversation
 * per call, so follow-ups work), the answer is read back, then "1 to hear it again, 2 for another question, 0 for a
 * person". An answer the assistant is not sure of counts as a miss: after too many the caller is offered a person.
 */
@Component
class QuestionTurns {

    static final int SPEECH_TIMEOUT = 6;

    private final Assistant assistant;
    private final Menu menu;
    private final HotlineProperties settings;

    QuestionTurns(Assistant assistant, Menu menu, HotlineProperties settings) {
        this.assistant = assistant;
        this.menu = menu;
        this.settings = settings;
    }

    Turn ask(CallRecord call, String... before) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : before) {
            reply.say(text);
        }
        return new Turn(
                call.withState(CallStep.QUESTION),
                reply.listen(CallStep.QUESTION, SPEECH_TIMEOUT, menu.say(call, "ask"))
                        .build());
    }

    /** The assistant's answer to a spoken question, in the call's conversation and language. */
    Answer answerOf(CallRecord call, String question) {
        return assistant.ask(QuestionBuilder.builder()
                .text(question)
                .conversationId(call.conversationId())
                .pageLocale(call.locale())
                .build());
    }

    /** @return the turn, or null when the assistant was not sure and the caller has had their tries */
    Turn answer(CallRecord call, Answer answer) {
        CallRecord asked = call.withConversationId(answer.conversationId());
        SpokenAnswer.Cut spoken = SpokenAnswer.of(answer.text(), settings.answerMaxChars());
        if (answer.outcome() == Outcome.NOT_SURE) {
            CallRecord missed = asked.withRetries(asked.retries() + 1);
            if (missed.retries() > settings.retries()) {
                return null;
            }
            return after(missed, menu.say(call, "not-sure"), spoken.text());
        }
        CallRecord answered = asked.withRetries(0).achieved(CallOutcome.ANSWERED_BY_AI);
        return spoken.cut()
                ? after(answered, spoken.text(), menu.say(call, "answer-more"))
                : after(answered, spoken.text());
    }

    /** The last answer of the call's conversation, again. */
    Turn repeat(CallRecord call) {
        if (call.conversationId() == null) {
            return ask(call);
        }
        List<ConversationTurn> turns =
                assistant.conversation(call.conversationId(), null).turns();
        if (turns.isEmpty()) {
            return ask(call);
        }
        SpokenAnswer.Cut spoken = SpokenAnswer.of(turns.get(turns.size() - 1).answer(), settings.answerMaxChars());
        return spoken.cut() ? after(call, spoken.text(), menu.say(call, "answer-more")) : after(call, spoken.text());
    }

    /** "1 to hear it again…" alone, after a key the step does not know or silence. */
    Turn repeatPromptOnly(CallRecord call, String before) {
        return before == null ? after(call) : after(call, before);
    }

    private Turn after(CallRecord call, String... said) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : said) {
            reply.say(text);
        }
        return new Turn(
                call.withState(CallStep.ANSWERED),
                reply.ask(CallStep.ANSWERED, true, 1, null, Menu.KEY_TIMEOUT, menu.say(call, "after-answer"))
                        .build());
    }
}
