package org.opencity.hotline.internal.console;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opencity.hotline.HotlineAuditAction;
import org.opencity.hotline.internal.call.CallRepository;
import org.opencity.hotline.internal.queue.CallbackRecord;
import org.opencity.hotline.internal.queue.CallbackRepository;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callers waiting to be rung back: listed with their numbers masked; an officer asks to see a number (audited, and
 * that officer may see it again in the call log) and ticks the call-back off with a note (audited).
 */
@Service
public class CallbackDesk {

    private final CallbackRepository callbacks;
    private final CallRepository calls;
    private final ConsoleRepository console;
    private final AuditTrail audit;
    private final Clock clock;

    CallbackDesk(
            CallbackRepository callbacks,
            CallRepository calls,
            ConsoleRepository console,
            AuditTrail audit,
            Clock clock) {
        this.callbacks = callbacks;
        this.calls = calls;
        this.console = console;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open call-backs, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenCallback> open(Actor officer) {
        HotlineOfficers.require(officer);
        return callbacks.open().stream()
                .flatMap(callback -> calls.find(callback.callId()).stream()
                        .map(call -> new OpenCallback(
                                callback.id(),
                                call.id(),
                                callback.requestedAt(),
                                call.locale(),
                                CallerNumbers.masked(callback.phone()),
                                calls.lines(call.id()))))
                .toList();
    }

    /** The number to ring, for this officer only; audited. */
    @Transactional
    public String reveal(Actor officer, UUID callbackId) {
        HotlineOfficers.require(officer, AgentConsole.CALL, callbackId);
        CallbackRecord callback = callbacks.find(callbackId).orElseThrow(HotlineRecordNotFound::new);
        console.revealed(callback.callId(), officer.id().value(), clock.instant());
        audit.record(
                officer,
                HotlineAuditAction.HOTLINE_NUMBER_REVEALED,
                AgentConsole.CALL,
                callback.callId().toString(),
                null,
                null);
        return callback.phone();
    }

    /** The call-back was made; refused, naming them, when another officer already ticked it off. Audited. */
    @Transactional
    public void done(Actor officer, UUID callbackId, String note) {
        HotlineOfficers.require(officer, AgentConsole.CALL, callbackId);
        CallbackRecord callback = callbacks.find(callbackId).orElseThrow(HotlineRecordNotFound::new);
        String checkedNote = ConsoleTexts.note(note);
        if (!callbacks.done(callbackId, officer.id().value(), officer.displayName(), checkedNote, clock.instant())) {
            CallbackRecord now = callbacks.find(callbackId).orElseThrow(HotlineRecordNotFound::new);
            throw ConsoleRefused.callbackDoneBy(now.doneByName());
        }
        audit.record(
                officer,
                HotlineAuditAction.HOTLINE_CALLBACK_DONE,
                AgentConsole.CALL,
                callback.callId().toString(),
                null,
                null);
    }
}
