package org.opencity.hotline.internal.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opencity.hotline.CallOutcome;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.hotline.internal.queue.CallbackRepository;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.queue.WaitStatus;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * "Talk to a person": the caller waits in the queue, hearing their place, until an agent accepts the call on the
 * console; then the provider is told to dial the agent. When nobody is free in time, or out of office hours, the
 * caller can ask to be called back instead, or go back to the assistant, which answers around the clock.
 */
@Component
class PersonTurns {

    private final QueueRepository queue;
    private final CallbackRepository callbacks;
    private final Menu menu;
    private final HotlineProperties settings;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PersonTurns(
            QueueRepository queue,
            CallbackRepository callbacks,
            Menu menu,
            HotlineProperties settings,
            WorkingCalendar calendar,
            Clock clock) {
        this.queue = queue;
        this.callbacks = callbacks;
        this.menu = menu;
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The caller asked for a person, or the assistant could not help them. */
    Turn person(CallRecord call, String... before) {
        Instant now = clock.instant();
        if (!settings.agentsAlways() && !calendar.isOpenAt(now)) {
            return offer(call.withRetries(0), "out-of-hours", before);
        }
        queue.enqueue(call.id(), now);
        return hold(call.withRetries(0), before);
    }

    /** The provider asks again while the caller waits: connect, hold on, or offer a call-back. */
    Turn waiting(CallRecord call) {
        WaitRecord wait = queue.ofCall(call.id()).orElse(null);
        if (wait == null || wait.status() == WaitStatus.CLOSED || wait.status() == WaitStatus.ABANDONED) {
            return menu.menu(call);
        }
        if (wait.status() == WaitStatus.ACCEPTED) {
            queue.connected(wait.id(), clock.instant());
            return new Turn(
                    call.withState(CallStep.AFTER_AGENT).achieved(CallOutcome.HANDED_OVER),
                    Reply.in(call.locale())
                            .say(menu.say(call, "connecting"))
                            .connect(wait.dialAddress(), CallStep.AFTER_AGENT)
                            .build());
        }
        // Each offer of a call-back buys another full wait, so a caller who keeps waiting is asked now and then.
        Duration waited = Duration.between(wait.queuedAt(), clock.instant());
        if (waited.compareTo(settings.maxWait().multipliedBy(call.retries() + 1L)) > 0) {
            return offer(call, "nobody-free");
        }
        return hold(call);
    }

    /** A key pressed during the hold message: 1 books a call-back; anything else keeps the caller waiting. */
    Turn duringHold(CallRecord call, CallEvent event) {
        if (event.pressed("1")) {
            return callBack(call);
        }
        return waiting(call);
    }

    /** The answer to "1 call-back, 2 keep waiting (or back to the assistant), 3 back to the assistant". */
    Turn offered(CallRecord call, CallEvent event) {
        boolean inQueue = inQueue(call);
        if (event.pressed("1")) {
            return callBack(call);
        }
        if (event.pressed("2") && inQueue) {
            return hold(call.withRetries(call.retries() + 1));
        }
        if (event.pressed("2") || event.pressed("3")) {
            leaveQueue(call, "BACK_TO_ASSISTANT");
            return menu.menu(call.withRetries(0));
        }
        CallRecord missed = call.withRetries(call.retries() + 1);
        if (missed.retries() > settings.retries()) {
            leaveQueue(call, "NO_CHOICE");
            return menu.goodbye(missed);
        }
        return offer(missed, inQueue ? "nobody-free" : "out-of-hours", menu.say(call, "not-understood"));
    }

    /** After the provider dialled the agent: done if they spoke, back in the queue if the agent was unreachable. */
    Turn afterAgent(CallRecord call, CallEvent event) {
        WaitRecord wait = queue.ofCall(call.id()).orElse(null);
        String status = event.connectStatus() == null ? "completed" : event.connectStatus();
        if (wait != null && !"completed".equals(status) && !"answered".equals(status)) {
            queue.requeue(wait.id(), clock.instant());
            return hold(call, menu.say(call, "agent-unreachable"));
        }
        return menu.goodbye(call, menu.say(call, "agent-done"));
    }

    /** The prompt of a call in the queue or with an agent, for a request that answers another one: no change. */
    Turn prompt(CallRecord call) {
        return switch (call.state()) {
            case WAIT, WAIT_CHOICE -> hold(call);
            case CALLBACK_OFFER -> offer(call, inQueue(call) ? "nobody-free" : "out-of-hours");
            // The caller is with the agent: the provider asks nothing until that ends; say nothing new.
            default -> new Turn(call, Reply.in(call.locale()).build());
        };
    }

    private boolean inQueue(CallRecord call) {
        return queue.ofCall(call.id())
                .filter(wait -> wait.status() == WaitStatus.WAITING)
                .isPresent();
    }

    private Turn callBack(CallRecord call) {
        if (call.callerPhone() == null) {
            return offerWithoutCallBack(call);
        }
        callbacks.book(call.id(), call.callerPhone(), clock.instant());
        leaveQueue(call, "CALL_BACK");
        CallRecord booked = call.achieved(CallOutcome.CALL_BACK);
        return new Turn(
                booked,
                Reply.in(call.locale())
                        .say(menu.say(call, "callback-booked"))
                        .hangUp()
                        .build());
    }

    private Turn offerWithoutCallBack(CallRecord call) {
        leaveQueue(call, "NO_NUMBER");
        return menu.menu(call.withRetries(0), menu.say(call, "callback-no-number"));
    }

    private void leaveQueue(CallRecord call, String outcome) {
        queue.ofCall(call.id())
                .filter(wait -> wait.status() == WaitStatus.WAITING)
                .ifPresent(wait ->
                        queue.close(wait.id(), WaitStatus.WAITING, WaitStatus.CLOSED, outcome, null, clock.instant()));
    }

    private Turn hold(CallRecord call, String... before) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : before) {
            reply.say(text);
        }
        int position = Math.max(1, queue.position(call.id()));
        return new Turn(
                call.withState(CallStep.WAIT),
                reply.ask(
                                CallStep.WAIT_CHOICE,
                                CallStep.WAIT,
                                false,
                                1,
                                null,
                                settings.holdSeconds(),
                                new Instruction.Speak(menu.say(call, "hold", position), call.locale()))
                        .build());
    }

    private Turn offer(CallRecord call, String key, String... before) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : before) {
            reply.say(text);
        }
        return new Turn(
                call.withState(CallStep.CALLBACK_OFFER),
                reply.ask(CallStep.CALLBACK_OFFER, false, 1, null, Menu.KEY_TIMEOUT, menu.say(call, key))
                        .build());
    }
}
