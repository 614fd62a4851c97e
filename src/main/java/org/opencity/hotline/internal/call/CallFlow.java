package org.opencity.hotline.internal.call;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.Answer;
import org.opencity.assistant.Assistant;
import org.opencity.hotline.CallOutcome;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitStatus;
import org.opencity.hotline.internal.voicereport.VoiceReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call as a state machine: each request of the provider names the step it answers (the prompt it was given) and
 * what the caller did; the reply says what to do next. It knows nothing of any dialect. A request that answers a
 * prompt the call is no longer at (late, out of order, forged) changes nothing and gets the current prompt again.
 * Silence and what the step cannot understand are re-prompted {@code retries} times, then a person is offered:
 * never a dead end, never an endless loop.
 */
@Service
public class CallFlow {

    private final CallRepository calls;
    private final Menu menu;
    private final QuestionTurns questions;
    private final StatusTurns statuses;
    private final ReportTurns reports;
    private final PersonTurns persons;
    private final VoiceReports voiceReports;
    private final QueueRepository queue;
    private final Assistant privacy;
    private final HotlineProperties settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CallFlow(
            CallRepository calls,
            Menu menu,
            QuestionTurns questions,
            StatusTurns statuses,
            ReportTurns reports,
            PersonTurns persons,
            VoiceReports voiceReports,
            QueueRepository queue,
            Assistant privacy,
            HotlineProperties settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.calls = calls;
        this.menu = menu;
        this.questions = questions;
        this.statuses = statuses;
        this.reports = reports;
        this.persons = persons;
        this.voiceReports = voiceReports;
        this.queue = queue;
        this.privacy = privacy;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One request of the provider. A spoken question is answered first, outside the call's transaction: retrieval
     * takes tens of milliseconds of CPU, and holding a pooled connection and the call's lock meanwhile would make the
     * pool the queue of every module under load. Then the call is locked, the turn decided and kept.
     */
    public Reply handle(CallStep step, CallEvent event) {
        Answer early = answerAhead(step, event);
        return transaction.execute(status -> locked(step, event, early));
    }

    private Answer answerAhead(CallStep step, CallEvent event) {
        boolean question = step == CallStep.QUESTION
                || ((step == CallStep.MENU || step == CallStep.ANSWERED)
                        && (event.digits() == null || event.digits().isBlank()));
        if (!question || !event.spoke()) {
            return null;
        }
        return calls.byProviderId(event.callId())
                .filter(call -> call.endedAt() == null && expects(call.state(), step))
                .map(call -> questions.answerOf(call, event.speech()))
                .orElse(null);
    }

    private Reply locked(CallStep step, CallEvent event, Answer early) {
        Instant now = clock.instant();
        boolean fresh = step == CallStep.START
                && calls.insertIfNew(CallRecordBuilder.builder()
                        .id(UUID.randomUUID())
                        .providerCallId(event.callId())
                        .callerPhone(CallerNumber.of(event.from()).orElse(null))
                        .calledNumber(CallerNumber.of(event.to()).orElse(null))
                        .language("vi")
                        .state(CallStep.START)
                        .path("")
                        .startedAt(now)
                        .updatedAt(now)
                        .build());
        CallRecord call = calls.locked(event.callId()).orElse(null);
        if (call == null) {
            // A step of a call the platform never started (a forged or foreign request): end it, keep nothing.
            return Reply.in(Menu.VIETNAMESE).hangUp().build();
        }
        if (call.endedAt() != null) {
            return Reply.in(call.locale()).hangUp().build();
        }
        // A replayed request finds the call moved on: it hears the prompt the call is at, and changes nothing.
        if (!fresh && !expects(call.state(), step)) {
            return again(call).reply();
        }
        heard(call, step, event, now);
        Turn turn = turn(call.through(step), step, event, early);
        CallRecord next = turn.call().withUpdatedAt(now);
        calls.update(next);
        for (String said : turn.reply().spoken()) {
            calls.line(call.id(), "HOTLINE", said, now);
        }
        return turn.reply();
    }

    /** The provider says the call is over (hung up, failed, not answered). */
    @Transactional
    public void ended(String providerCallId) {
        CallRecord call = calls.locked(providerCallId).orElse(null);
        if (call == null || call.endedAt() != null) {
            return;
        }
        Instant now = clock.instant();
        CallOutcome outcome = call.outcome() == null ? CallOutcome.ABANDONED : call.outcome();
        var waiting = queue.ofCall(call.id()).filter(wait -> wait.status() == WaitStatus.WAITING);
        if (waiting.isPresent()) {
            queue.close(waiting.get().id(), WaitStatus.WAITING, WaitStatus.ABANDONED, "HUNG_UP", null, now);
            // Hanging up in the queue is what "abandoned" measures, whatever the assistant did before.
            outcome = outcome == CallOutcome.CALL_BACK ? outcome : CallOutcome.ABANDONED;
        }
        calls.update(call.withOutcome(outcome).withEndedAt(now).withUpdatedAt(now));
    }

    /** The provider's transcript of a voice report's recording, which comes after the call moved on. */
    @Transactional
    public void transcribed(String providerCallId, String transcript) {
        calls.byProviderId(providerCallId).ifPresent(call -> voiceReports.transcribed(call.id(), transcript));
    }

    private Turn turn(CallRecord call, CallStep step, CallEvent event, Answer early) {
        return switch (step) {
            case START -> menu.menu(call, menu.say(call, "greeting"));
            case MENU -> chosen(call, event, early);
            case QUESTION ->
                event.spoke() ? answered(call, event.speech(), early) : missed(call, () -> questions.ask(call));
            case ANSWERED -> afterAnswer(call, event, early);
            case DOSSIER_CODE ->
                statuses.code(call, event.digits())
                        .orElseGet(() -> missed(call, () -> statuses.askCode(call, menu.say(call, "not-understood"))));
            case DOSSIER_PHONE -> phoneDigits(call, event);
            case REPORT_PLACE -> event.spoke() ? reports.place(call, event.speech()) : placeMissed(call);
            case REPORT_RECORDED ->
                Optional.ofNullable(reports.recorded(call, event))
                        .orElseGet(() ->
                                missed(call, () -> reports.describe(call, menu.say(call, "report-no-recording"))));
            case WAIT -> persons.waiting(call);
            case WAIT_CHOICE -> persons.duringHold(call, event);
            case CALLBACK_OFFER -> persons.offered(call, event);
            case AFTER_AGENT -> persons.afterAgent(call, event);
        };
    }

    private Turn chosen(CallRecord call, CallEvent event, Answer early) {
        if (event.spoke() && (event.digits() == null || event.digits().isBlank())) {
            return answered(call, event.speech(), early);
        }
        if (event.silent()) {
            return missed(call, () -> menu.menu(call));
        }
        return switch (event.digits().strip()) {
            case "1" -> questions.ask(call.withRetries(0));
            case "2" -> statuses.askCode(call.withRetries(0));
            case "3" -> reports.askPlace(call.withRetries(0));
            case "0" -> persons.person(call);
            case "9" ->
                menu.menu(call.withLanguage(call.english() ? "vi" : "en").withRetries(0));
            default -> missed(call, () -> menu.menu(call, menu.say(call, "not-understood")));
        };
    }

    private Turn answered(CallRecord call, String question, Answer early) {
        Turn turn = questions.answer(call, early != null ? early : questions.answerOf(call, question));
        return turn != null ? turn : persons.person(call.withRetries(0), menu.say(call, "not-sure"));
    }

    private Turn afterAnswer(CallRecord call, CallEvent event, Answer early) {
        if (event.spoke() && (event.digits() == null || event.digits().isBlank())) {
            return answered(call, event.speech(), early);
        }
        if (event.pressed("1")) {
            return questions.repeat(call.withRetries(0));
        }
        if (event.pressed("2")) {
            return questions.ask(call.withRetries(0));
        }
        if (event.pressed("0")) {
            return persons.person(call);
        }
        // The caller has their answer: after the re-prompts, silence ends the call politely instead of a queue.
        CallRecord missed = call.withRetries(call.retries() + 1);
        if (missed.retries() > settings.retries()) {
            return menu.goodbye(missed);
        }
        return questions.repeatPromptOnly(missed, event.silent() ? null : menu.say(call, "not-understood"));
    }

    private Turn phoneDigits(CallRecord call, CallEvent event) {
        String digits = event.digits() == null ? "" : event.digits().replaceAll("[^0-9]", "");
        if (digits.length() != 4) {
            return missed(
                    call,
                    () -> new Turn(
                            call,
                            Reply.in(call.locale())
                                    .ask(CallStep.DOSSIER_PHONE, false, 4, null, 10, menu.say(call, "dossier-phone"))
                                    .build()));
        }
        return statuses.status(call, digits)
                .orElseGet(() -> missed(call, () -> statuses.askCode(call, menu.say(call, "dossier-not-found"))));
    }

    private Turn placeMissed(CallRecord call) {
        CallRecord missed = call.withRetries(call.retries() + 1);
        // The place can also be said in the recording: after the re-prompts, go on without it rather than give up.
        return missed.retries() > settings.retries()
                ? reports.describe(missed.withRetries(0))
                : reports.askPlace(missed);
    }

    /** A prompt left unanswered or misanswered: the same prompt again, or a person after too many. */
    private Turn missed(CallRecord call, java.util.function.Supplier<Turn> again) {
        CallRecord missed = call.withRetries(call.retries() + 1);
        if (missed.retries() > settings.retries()) {
            return persons.person(missed.withRetries(0), menu.say(call, "not-understood"));
        }
        Turn turn = again.get();
        return new Turn(turn.call().withRetries(missed.retries()), turn.reply());
    }

    /** The prompt the call is at, for a request that answers another one. */
    private Turn again(CallRecord call) {
        return switch (call.state()) {
            case START, MENU -> menu.menu(call);
            case QUESTION -> questions.ask(call);
            case ANSWERED -> questions.repeatPromptOnly(call, null);
            case DOSSIER_CODE -> statuses.askCode(call);
            case DOSSIER_PHONE ->
                new Turn(
                        call,
                        Reply.in(call.locale())
                                .ask(CallStep.DOSSIER_PHONE, false, 4, null, 10, menu.say(call, "dossier-phone"))
                                .build());
            case REPORT_PLACE -> reports.askPlace(call);
            case REPORT_RECORDED -> reports.describe(call);
            case WAIT, WAIT_CHOICE, CALLBACK_OFFER, AFTER_AGENT -> persons.prompt(call);
        };
    }

    private static boolean expects(CallStep state, CallStep step) {
        return state == step || (state == CallStep.WAIT && step == CallStep.WAIT_CHOICE);
        // START is expected only by a call whose first request is still being handled, i.e. never by a replay.
    }

    /** What the caller did, in the call's transcript: keys as keys (the phone digits masked), speech masked. */
    private void heard(CallRecord call, CallStep step, CallEvent event, Instant now) {
        if (event.digits() != null && !event.digits().isBlank()) {
            String keys =
                    step == CallStep.DOSSIER_PHONE ? "****" : event.digits().strip();
            calls.line(call.id(), "CALLER", "[" + keys + "]", now);
        }
        if (event.spoke()) {
            calls.line(call.id(), "CALLER", privacy.masked(event.speech().strip()), now);
        }
    }
}
