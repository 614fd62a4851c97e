package org.opencity.hotline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.opencity.hotline.internal.call.CallRecord;
import org.opencity.hotline.internal.call.CallRecordBuilder;
import org.opencity.hotline.internal.call.CallRepository;
import org.opencity.hotline.internal.call.CallStep;
import org.opencity.hotline.internal.queue.CallbackRepository;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Calls as the call flow leaves them, written with its repositories: in the queue, with a call-back, ended. */
@Component
public class TestCalls {

    private final CallRepository calls;
    private final QueueRepository queue;
    private final CallbackRepository callbacks;
    private final JdbcClient jdbc;

    TestCalls(CallRepository calls, QueueRepository queue, CallbackRepository callbacks, JdbcClient jdbc) {
        this.calls = calls;
        this.queue = queue;
        this.callbacks = callbacks;
        this.jdbc = jdbc;
    }

    /** A call from this number that asked a question, was answered, and asked for a person. */
    public CallRecord started(String phone, Instant at) {
        CallRecord call = CallRecordBuilder.builder()
                .id(UUID.randomUUID())
                .providerCallId("CA" + UUID.randomUUID().toString().replace("-", ""))
                .callerPhone(phone)
                .calledNumber("+842412345678")
                .language("vi")
                .state(CallStep.START)
                .retries(0)
                .path("")
                .startedAt(at)
                .updatedAt(at)
                .build();
        calls.insertIfNew(call);
        calls.line(call.id(), "HOTLINE", "Xin chào, đây là tổng đài trợ lý ảo.", at);
        calls.line(call.id(), "CALLER", "Tôi muốn hỏi về làm căn cước.", at.plusSeconds(5));
        CallRecord asked = call.withState(CallStep.WAIT).withPath("start menu question answered wait");
        calls.update(asked);
        return asked;
    }

    public WaitRecord waiting(String phone) {
        Instant now = Instant.now();
        CallRecord call = started(phone, now.minusSeconds(90));
        return queue.enqueue(call.id(), now.minusSeconds(60));
    }

    public UUID callback(String phone) {
        CallRecord call = started(phone, Instant.now().minusSeconds(300));
        callbacks.book(call.id(), phone, Instant.now().minusSeconds(200));
        return callbacks.ofCall(call.id()).orElseThrow().id();
    }

    public void ended(CallRecord call, CallOutcome outcome, Instant at) {
        calls.update(call.withOutcome(outcome).withEndedAt(at).withUpdatedAt(at));
    }

    /** A voice report of the call with its audio kept. */
    public void voiceReport(UUID call, byte[] audio, String type) {
        jdbc.sql("""
                insert into htl_voice_report (call_id, place, recording_url, recording_seconds, transcript,
                                              recorded_at, report_number, audio, audio_type, completed_at)
                values (:call, 'số 1 Tràng Tiền', 'https://api.twilio.com/rec/RE1', 12, 'đèn đường hỏng', :at, null,
                        :audio, :type, :at)""")
                .param("call", call)
                .param("audio", audio)
                .param("type", type)
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }
}
