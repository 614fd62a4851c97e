package org.opencity.hotline.internal.console;

import java.util.UUID;
import org.opencity.hotline.internal.call.CallRecord;
import org.opencity.hotline.internal.call.CallRepository;
import org.opencity.hotline.internal.queue.CallbackRecord;
import org.opencity.hotline.internal.queue.CallbackRepository;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.voicereport.Recording;
import org.opencity.hotline.internal.voicereport.VoiceReports;
import org.opencity.identity.Actor;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's calls, newest first, and each call's transcript, voice report and recording: for the city's operators
 * and administrators only. The caller's number is masked except for the officers who handled the call (accepted its
 * hand-over, were shown the number for its call-back, or did the call-back).
 */
@Service
public class CallLog {

    private final CallRepository calls;
    private final QueueRepository queue;
    private final CallbackRepository callbacks;
    private final ConsoleRepository console;
    private final VoiceReports voiceReports;

    CallLog(
            CallRepository calls,
            QueueRepository queue,
            CallbackRepository callbacks,
            ConsoleRepository console,
            VoiceReports voiceReports) {
        this.calls = calls;
        this.queue = queue;
        this.callbacks = callbacks;
        this.console = console;
        this.voiceReports = voiceReports;
    }

    @Transactional(readOnly = true)
    public PageResponse<CallSummary> page(Actor officer, PageQuery page) {
        HotlineOfficers.require(officer);
        return PageResponse.of(
                calls.latest(page.size(), Math.toIntExact(page.offset())).stream()
                        .map(CallSummary::of)
                        .toList(),
                page,
                calls.count());
    }

    @Transactional(readOnly = true)
    public CallDetail call(Actor officer, UUID id) {
        HotlineOfficers.require(officer, AgentConsole.CALL, id);
        CallRecord call = calls.find(id).orElseThrow(HotlineRecordNotFound::new);
        WaitRecord wait = queue.ofCall(id).orElse(null);
        CallbackRecord callback = callbacks.ofCall(id).orElse(null);
        boolean handled = handled(officer, call, wait, callback);
        return new CallDetail(
                CallSummary.of(call),
                handled ? call.callerPhone() : CallerNumbers.masked(call.callerPhone()),
                handled && call.callerPhone() != null,
                calls.lines(id),
                wait,
                callback == null
                        ? null
                        : new CallDetail.CallbackView(
                                callback.requestedAt(), callback.doneAt(), callback.doneByName(), callback.note()),
                voiceReports.ofCall(id).orElse(null),
                console.hasRecording(id));
    }

    /** The audio of the call's voice report. */
    @Transactional(readOnly = true)
    public Recording recording(Actor officer, UUID id) {
        HotlineOfficers.require(officer, AgentConsole.CALL, id);
        return voiceReports.recording(id).orElseThrow(HotlineRecordNotFound::new);
    }

    private boolean handled(Actor officer, CallRecord call, WaitRecord wait, CallbackRecord callback) {
        UUID me = officer.id().value();
        return (wait != null && me.equals(wait.acceptedBy()))
                || (callback != null && me.equals(callback.doneBy()))
                || console.wasRevealedTo(call.id(), me);
    }
}
