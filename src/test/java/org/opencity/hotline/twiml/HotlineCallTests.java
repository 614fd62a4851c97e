package org.opencity.hotline.twiml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.TestClock;
import org.opencity.dossier.DossierLookup;
import org.opencity.dossier.TestDossiers;
import org.opencity.hotline.HotlineSpringTest;
import org.opencity.hotline.internal.queue.AgentRepository;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.voicereport.VoiceReportFiling;
import org.opencity.hotline.internal.voicereport.VoiceReports;
import org.opencity.identity.Account;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportManagement;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Whole calls driven through the webhook as the provider drives them: signed requests, each action followed. */
@HotlineSpringTest
@org.springframework.context.annotation.Import(TestDossiers.class)
class HotlineCallTests {

    static final String CALLER = "+84912345678";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TestDossiers dossiers;

    @Autowired
    DossierLookup lookup;

    @Autowired
    QueueRepository queue;

    @Autowired
    AgentRepository agents;

    @Autowired
    VoiceReportFiling filing;

    @Autowired
    VoiceReports voiceReports;

    @Autowired
    ReportManagement reports;

    @Autowired
    org.opencity.hotline.internal.call.CallPurge purge;

    @Autowired
    org.opencity.hotline.internal.console.QueueBroadcaster broadcaster;

    @Autowired
    DemoPeople people;

    ProviderStandIn provider;

    @BeforeEach
    void provider() {
        provider = new ProviderStandIn(mvc, jdbc);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aQuestionSpokenWithoutDiacriticsIsAnsweredAloudAndCanBeHeardAgain() throws Exception {
        ProviderStandIn.Call call = provider.call(CALLER);

        ProviderStandIn.Twiml greeting = call.start();
        assertThat(greeting.heard()).contains("Xin chào").contains("bấm phím 1").contains("For English, press 9");
        assertThat(greeting.gatherAction()).isEqualTo(HotlineSpringTest.BASE_URL + "/hotline/twiml/menu");
        assertThat(greeting.gather().getAttribute("input")).isEqualTo("dtmf speech");
        assertThat(greeting.gather().getAttribute("language")).isEqualTo("vi-VN");
        assertThat(greeting.redirect()).isEqualTo(HotlineSpringTest.BASE_URL + "/hotline/twiml/menu");

        ProviderStandIn.Twiml answer = call.say("lam lai can cuoc mat bao lau");
        assertThat(answer.heard())
                .containsIgnoringCase("căn cước")
                .doesNotContain("http")
                .doesNotContain("/procedures/");
        assertThat(answer.gatherAction()).endsWith("/hotline/twiml/answered");
        String spoken = answer.heard();

        ProviderStandIn.Twiml again = call.press("1");
        assertThat(again.heard()).isEqualTo(spoken);

        ProviderStandIn.Twiml next = call.press("2");
        assertThat(next.heard()).contains("Mời bạn nói câu hỏi");
        assertThat(next.gather().getAttribute("input")).isEqualTo("speech");

        call.hangUp();
        assertThat(outcome(call)).isEqualTo("ANSWERED_BY_AI");
        assertThat(lines(call)).contains("lam lai can cuoc mat bao lau");
    }

    @Test
    void nineSwitchesTheCallToEnglish() throws Exception {
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();

        ProviderStandIn.Twiml english = call.press("9");

        assertThat(english.heard())
                .contains("To ask about an administrative procedure")
                .contains("Nghe tiếng Việt");
        assertThat(english.gather().getAttribute("language")).isEqualTo("en-US");
        assertThat(english.has("Play")).as("prompts are synthesised and played").isTrue();
    }

    @Test
    void aDossiersStatusIsReadOutForTheRightCodeAndDigitsOnly() throws Exception {
        Account resident = dossiers.verifiedResident();
        String code = dossiers.submitted(resident);
        String digits = resident.phone().substring(resident.phone().length() - 4);
        String wrong = digits.equals("0000") ? "1111" : "0000";
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();

        assertThat(call.press("2").heard()).contains("mã hồ sơ");
        assertThat(call.last.gather().getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(call.press(code.replaceAll("[^0-9]", "")).heard()).contains("bốn số cuối");
        assertThat(call.last.gather().getAttribute("numDigits")).isEqualTo("4");
        assertThat(call.press(wrong).heard()).contains("Không tìm thấy hồ sơ");

        call.press(code.replaceAll("[^0-9]", ""));
        ProviderStandIn.Twiml status = call.press(digits);

        assertThat(status.heard())
                .contains("khai sinh")
                .doesNotContain("Lê Thị Mẹ")
                .doesNotContain("Lê Minh An");
        call.hangUp();
        assertThat(outcome(call)).isEqualTo("STATUS_CHECKED");
        assertThat(lines(call)).contains("[****]").doesNotContain(digits + "]");
    }

    @Test
    void theStatusLookUpSharesThePublicThrottle() throws Exception {
        Account resident = dossiers.verifiedResident();
        String code = dossiers.submitted(resident);
        String digits = resident.phone().substring(resident.phone().length() - 4);
        String wrong = digits.equals("0000") ? "1111" : "0000";
        for (int guess = 0; guess < 10; guess++) { // DossierLookup's MAX_FAILURES
            try {
                lookup.status(code, wrong);
            } catch (RuntimeException expected) {
                // a wrong pair, counted by the throttle
            }
        }
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();
        call.press("2");
        call.press(code.replaceAll("[^0-9]", ""));

        assertThat(call.press(digits).heard()).contains("tạm khóa 60 phút");
    }

    @Test
    void aVoiceReportBecomesACitizenReportWithItsRecordingAndNoPhoneNumberInPublic() throws Exception {
        byte[] wav = wav(1);
        HttpServer recordings = recordingServer(wav);
        try {
            ProviderStandIn.Call call = provider.call(CALLER);
            call.start();
            assertThat(call.press("3").heard()).contains("Sự việc xảy ra ở đâu");
            ProviderStandIn.Twiml describe = call.say("số 12 phố Hàng Bài phường Cửa Nam");
            assertThat(describe.heard()).contains("tiếng bíp");
            assertThat(describe.has("Record")).isTrue();
            assertThat(describe.document()
                            .getElementsByTagName("Record")
                            .item(0)
                            .getAttributes()
                            .getNamedItem("transcribeCallback")
                            .getNodeValue())
                    .isEqualTo(HotlineSpringTest.BASE_URL + "/hotline/twiml/transcription");
            String recordingUrl = "http://127.0.0.1:" + recordings.getAddress().getPort() + "/recordings/RE1";

            ProviderStandIn.Twiml thanks = call.record(recordingUrl, 14, null);
            assertThat(thanks.heard()).contains("tin nhắn");
            // The provider sends the same recording again: still one voice report.
            call.post(describe.recordAction(), Map.of("RecordingUrl", recordingUrl, "RecordingDuration", "14"));
            call.transcription("Ổ gà rất lớn trước cửa, ai cần thì gọi tôi số 0912345678");
            assertThat(filing.fileDue()).isEqualTo(1);

            String number = jdbc.sql("select report_number from htl_call where provider_call_id = :sid")
                    .param("sid", call.sid)
                    .query(String.class)
                    .single();
            PublicReport report = reports.publicReport(number, java.util.Locale.forLanguageTag("vi"));
            assertThat(report.wardName()).isEqualTo("Phường Cửa Nam");
            assertThat(report.description()).contains("Ổ gà rất lớn").doesNotContain("0912345678");
            String page = mvc.perform(get("/api/v1/reports/{number}", number))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("912345678").doesNotContain("0912");
            UUID callId = callId(call);
            assertThat(voiceReports.recording(callId).orElseThrow().audio()).isEqualTo(wav);
            assertThat(jdbc.sql("select count(*) from rpt_report where number = :n and source = 'HOTLINE'")
                            .param("n", number)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from htl_voice_report where call_id = :c")
                            .param("c", callId)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            call.hangUp();
            assertThat(outcome(call)).isEqualTo("REPORT_LEFT");
        } finally {
            recordings.stop(0);
        }
    }

    @Test
    void aVoiceReportWhosePlaceNamesNoWardGoesToTheCityOperators() throws Exception {
        HttpServer recordings = recordingServer(wav(1));
        try {
            ProviderStandIn.Call call = provider.call(CALLER);
            call.start();
            call.press("3");
            call.say("ở chỗ cái cây to gần nhà tôi");
            call.record("http://127.0.0.1:" + recordings.getAddress().getPort() + "/recordings/RE2", 9, "Cây đổ");
            filing.fileDue();

            String unit =
                    jdbc.sql("""
                    select u.code from rpt_report r join idn_unit u on u.id = r.unit_id
                    join htl_call c on c.report_number = r.number where c.provider_call_id = :sid""").param("sid", call.sid).query(String.class).single();
            assertThat(unit).isEqualTo("VP-UBND-TP");
        } finally {
            recordings.stop(0);
        }
    }

    @Test
    void aRecordingAtAnAddressOfSomeoneElsesChoiceIsNotFetched() throws Exception {
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();
        call.press("3");
        call.say("phố Hàng Bài");

        ProviderStandIn.Twiml refused = call.record("http://169.254.169.254/latest/meta-data", 5, "x");

        assertThat(refused.heard()).contains("chưa ghi âm được");
        assertThat(voiceReports.ofCall(callId(call))).isEmpty();
    }

    @Test
    void inOfficeHoursACallerWaitsThenIsConnectedToTheAgentWhoAcceptedOnTheConsole() throws Exception {
        at(LocalTime.of(10, 0));
        mvc.perform(post("/officer/hotline/agent")
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR))
                        .param("dialAddress", "sip:operator@pbx.example.vn"))
                .andExpect(status().is3xxRedirection());
        MvcResult console = mvc.perform(get("/officer/hotline/events")
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(request().asyncStarted())
                .andReturn();
        broadcaster.tick();
        ProviderStandIn.Call call = provider.call("+84977000111");
        call.start();
        call.say("lam lai can cuoc mat bao lau");

        ProviderStandIn.Twiml hold = call.press("0");
        // Other tests' callers may be waiting in the same database: the place is theirs plus one.
        assertThat(hold.heard()).containsPattern("vị trí số \\d+");
        assertThat(hold.gatherAction()).endsWith("/hotline/twiml/wait-choice");
        assertThat(hold.redirect()).endsWith("/hotline/twiml/wait");
        assertThat(call.silence().heard()).contains("vị trí số");
        broadcaster.tick();
        assertThat(console.getResponse().getContentAsString()).contains("event:queue");
        String page = mvc.perform(get("/officer/hotline").with(people.session(DemoPeople.OPERATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("lam lai can cuoc mat bao lau")
                .doesNotContain("+84977000111")
                .doesNotContain("977000111");

        WaitRecord waiting = queue.ofCall(callId(call)).orElseThrow();
        mvc.perform(post("/officer/hotline/queue/{id}/accept", waiting.id())
                        .with(csrf())
                        .with(people.session(DemoPeople.OPERATOR)))
                .andExpect(status().is3xxRedirection());
        ProviderStandIn.Twiml connect = call.silence();
        assertThat(connect.heard()).contains("Đang kết nối");
        assertThat(connect.dialled()).isEqualTo("sip:operator@pbx.example.vn");
        assertThat(connect.document().getElementsByTagName("Sip").getLength()).isEqualTo(1);
        console.getRequest().getAsyncContext().complete();

        ProviderStandIn.Twiml after = call.dialEnded("completed");
        assertThat(after.has("Hangup")).isTrue();
        call.hangUp();
        assertThat(outcome(call)).isEqualTo("HANDED_OVER");
    }

    @Test
    void anUnreachableAgentPutsTheCallerBackInTheQueue() throws Exception {
        at(LocalTime.of(14, 0));
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();
        call.press("0");
        WaitRecord waiting = queue.ofCall(callId(call)).orElseThrow();
        queue.accept(waiting.id(), UUID.randomUUID(), "Tổng đài viên B", "+84240000002", clock.instant());
        assertThat(call.silence().dialled()).isEqualTo("+84240000002");

        ProviderStandIn.Twiml back = call.dialEnded("no-answer");

        assertThat(back.heard()).contains("không kết nối được").contains("vị trí số");
        assertThat(queue.ofCall(callId(call)).orElseThrow().status().name()).isEqualTo("WAITING");
    }

    @Test
    void outOfHoursTheCallerCanBookACallBack() throws Exception {
        at(LocalTime.of(22, 0));
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();

        assertThat(call.press("0").heard()).contains("Ngoài giờ làm việc");
        ProviderStandIn.Twiml booked = call.press("1");

        assertThat(booked.heard()).contains("gọi lại");
        assertThat(booked.has("Hangup")).isTrue();
        assertThat(jdbc.sql("select phone from htl_callback where call_id = :c")
                        .param("c", callId(call))
                        .query(String.class)
                        .single())
                .isEqualTo(CALLER);
        call.hangUp();
        assertThat(outcome(call)).isEqualTo("CALL_BACK");
    }

    @Test
    void aWithheldNumberCannotBeCalledBackAndGoesBackToTheAssistant() throws Exception {
        at(LocalTime.of(22, 0));
        ProviderStandIn.Call call = provider.call("anonymous");
        call.start();
        call.press("0");

        ProviderStandIn.Twiml back = call.press("1");

        assertThat(back.heard()).contains("bị ẩn").contains("bấm phím 1");
        assertThat(back.gatherAction()).endsWith("/hotline/twiml/menu");
    }

    @Test
    void silenceIsReaskedTwiceThenAPersonIsOfferedAndTheCallNeverLoops() throws Exception {
        at(LocalTime.of(22, 0));
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();

        assertThat(call.silence().gatherAction()).endsWith("/menu");
        assertThat(call.silence().gatherAction()).endsWith("/menu");
        ProviderStandIn.Twiml offer = call.silence();
        assertThat(offer.heard()).contains("Ngoài giờ làm việc");
        call.silence();
        call.silence();
        ProviderStandIn.Twiml end = call.silence();

        assertThat(end.heard()).contains("Xin chào");
        assertThat(end.has("Hangup")).isTrue();
    }

    @Test
    void hangingUpInTheQueueIsAnAbandonedCall() throws Exception {
        at(LocalTime.of(9, 30));
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();
        call.say("lam lai can cuoc mat bao lau");
        call.press("0");

        call.hangUp();

        assertThat(outcome(call)).isEqualTo("ABANDONED");
        assertThat(queue.ofCall(callId(call)).orElseThrow().status().name()).isEqualTo("ABANDONED");
    }

    @Test
    void unsignedOrWronglySignedRequestsAreRefusedAndChangeNothing() throws Exception {
        String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
        mvc.perform(post("/hotline/twiml/voice")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("CallSid", sid)
                        .param("From", CALLER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        String signedForOtherUrl = ProviderStandIn.sign(
                "https://elsewhere.example/hotline/twiml/voice", Map.of("CallSid", sid, "From", CALLER));
        mvc.perform(post("/hotline/twiml/voice")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .header("X-Twilio-Signature", signedForOtherUrl)
                        .param("CallSid", sid)
                        .param("From", CALLER))
                .andExpect(status().isForbidden());
        String signedOtherDigits = ProviderStandIn.sign(
                HotlineSpringTest.BASE_URL + "/hotline/twiml/voice", Map.of("CallSid", sid, "From", "+84900000000"));
        mvc.perform(post("/hotline/twiml/voice")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .header("X-Twilio-Signature", signedOtherDigits)
                        .param("CallSid", sid)
                        .param("From", CALLER))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from htl_call where provider_call_id = :sid")
                        .param("sid", sid)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedEventsGetAProblemOrAHarmlessReply() throws Exception {
        ProviderStandIn.Call call = provider.call(CALLER);
        call.start();

        assertThat(call.send(HotlineSpringTest.BASE_URL + "/hotline/twiml/no-such-step", Map.of())
                        .getStatus())
                .isEqualTo(404);
        ProviderStandIn.Call nameless = provider.callWithId("", CALLER);
        assertThat(nameless.send(HotlineSpringTest.BASE_URL + "/hotline/twiml/voice", Map.of())
                        .getStatus())
                .isEqualTo(400);
        mvc.perform(post("/hotline/twiml/voice")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("CallSid=CA1"))
                .andExpect(status().isUnsupportedMediaType());

        // NUL bytes are refused by the platform before any controller, as on every path.
        assertThat(call.send(last(call), Map.of("SpeechResult", "lam lai\u0000 can cuoc"))
                        .getStatus())
                .isEqualTo(400);
        ProviderStandIn.Twiml longSpeech = call.say("lam lai can cuoc " + "x".repeat(10_000));
        assertThat(longSpeech.has("Gather")).isTrue();
        ProviderStandIn.Call stranger = provider.call(CALLER);
        ProviderStandIn.Twiml unknown =
                stranger.post(HotlineSpringTest.BASE_URL + "/hotline/twiml/menu", Map.of("Digits", "1"));
        assertThat(unknown.has("Hangup")).isTrue();
        assertThat(jdbc.sql("select count(*) from htl_call where provider_call_id = :sid")
                        .param("sid", stranger.sid)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aReplayedEventHearsThePromptTheCallIsAtAndChangesNothing() throws Exception {
        ProviderStandIn.Call call = provider.call(CALLER);
        ProviderStandIn.Twiml menu = call.start();
        ProviderStandIn.Twiml code = call.press("2");

        ProviderStandIn.Twiml replayed = call.post(menu.gatherAction(), Map.of("Digits", "3"));
        ProviderStandIn.Twiml restarted = call.start();

        assertThat(replayed.heard()).isEqualTo(code.heard());
        assertThat(restarted.heard()).isEqualTo(code.heard());
        assertThat(jdbc.sql("select state from htl_call where provider_call_id = :sid")
                        .param("sid", call.sid)
                        .query(String.class)
                        .single())
                .isEqualTo("DOSSIER_CODE");
    }

    @Test
    void callsAreDeletedAfterTheRetentionPeriodUnlessACallBackIsStillOpen() throws Exception {
        at(LocalTime.of(22, 0));
        ProviderStandIn.Call answered = provider.call(CALLER);
        answered.start();
        answered.say("lam lai can cuoc mat bao lau");
        answered.hangUp();
        ProviderStandIn.Call waitingForCallBack = provider.call("+84987654321");
        waitingForCallBack.start();
        waitingForCallBack.press("0");
        waitingForCallBack.press("1");

        clock.advance(Duration.ofDays(181));
        purge.purge();

        assertThat(jdbc.sql("select count(*) from htl_call where provider_call_id = :sid")
                        .param("sid", answered.sid)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from htl_call_line l join htl_call c on c.id = l.call_id "
                                + "where c.provider_call_id = :sid")
                        .param("sid", answered.sid)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(callId(waitingForCallBack)).isNotNull();
    }

    private static String last(ProviderStandIn.Call call) {
        return call.last.gatherAction();
    }

    /** Moves the platform's clock to that time of the next working day (or of the next day, late in the evening). */
    private void at(LocalTime time) {
        LocalDate day = LocalDate.now(WorkingCalendar.VIETNAM).plusDays(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        ZonedDateTime target = ZonedDateTime.of(day, time, WorkingCalendar.VIETNAM);
        clock.advance(Duration.between(clock.instant(), target.toInstant()));
    }

    private String outcome(ProviderStandIn.Call call) {
        return jdbc.sql("select outcome from htl_call where provider_call_id = :sid")
                .param("sid", call.sid)
                .query(String.class)
                .single();
    }

    private UUID callId(ProviderStandIn.Call call) {
        return jdbc.sql("select id from htl_call where provider_call_id = :sid")
                .param("sid", call.sid)
                .query(UUID.class)
                .single();
    }

    private String lines(ProviderStandIn.Call call) {
        return String.join(
                "\n",
                jdbc.sql("select text from htl_call_line l join htl_call c on c.id = l.call_id "
                                + "where c.provider_call_id = :sid order by l.id")
                        .param("sid", call.sid)
                        .query(String.class)
                        .list());
    }

    static byte[] wav(int seconds) throws Exception {
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        byte[] silence = new byte[8000 * 2 * seconds];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(
                new AudioInputStream(new ByteArrayInputStream(silence), format, 8000L * seconds),
                AudioFileFormat.Type.WAVE,
                out);
        return out.toByteArray();
    }

    /** The provider's recording store, on the loopback. */
    static HttpServer recordingServer(byte[] wav) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/recordings/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "audio/x-wav");
            exchange.sendResponseHeaders(200, wav.length);
            exchange.getResponseBody().write(wav);
            exchange.close();
        });
        server.start();
        return server;
    }
}
