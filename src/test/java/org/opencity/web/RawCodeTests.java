package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.dossier.TestDossiers;
import org.opencity.identity.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What people read on a page is words, never the codes behind them: no enum constant (IN_PROGRESS), no message key
 * (dossier.action.RECEIVE) and no unresolved message (??key??) in the visible text of the platform's pages, seen by a
 * visitor, a resident, an officer and an administrator, in Vietnamese and English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RawCodeTests {

    private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z]+(?:\\.[a-z-]+){2,}\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TestDossiers dossiers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.opencity.dossier.DossierDesk desk;

    @Autowired
    org.opencity.hotline.TestCalls testCalls;

    @Test
    void noPageShowsACodeInsteadOfWords() throws Exception {
        Account resident = dossiers.verifiedResident();
        String dossier = dossiers.submitted(resident);
        // A desk step, so the audit log has a line whose details carry a status.
        desk.receive(people.actor(DemoPeople.HOAN_KIEM_CLERK), dossier, java.util.Locale.ROOT);
        String report = jdbc.sql("select number from rpt_report where status = 'IN_PROGRESS' order by number limit 1")
                .query(String.class)
                .single();
        Map<String, RequestPostProcessor> visits = new LinkedHashMap<>();
        RequestPostProcessor nobody = request -> request;
        for (String path : List.of(
                "/",
                "/reports",
                "/reports/" + report,
                "/procedures",
                "/procedures/1.001193",
                "/dossiers/status",
                "/wards",
                "/wards/00070",
                "/login",
                "/signup")) {
            visits.put(path, nobody);
        }
        RequestPostProcessor asResident = people.session(resident.email());
        for (String path : List.of(
                "/profile",
                "/inbox",
                "/inbox/settings",
                "/reports/mine",
                "/reports/new",
                "/dossiers",
                "/dossiers/" + dossier)) {
            visits.put(path, asResident);
        }
        RequestPostProcessor asClerk = people.session(DemoPeople.HOAN_KIEM_CLERK);
        for (String path :
                List.of("/officer", "/officer/dossiers", "/officer/dossiers/" + dossier, "/officer/identity")) {
            visits.put(path, asClerk);
        }
        visits.put("/officer/reports", people.session(DemoPeople.HOAN_KIEM_OFFICER));
        visits.put("/officer/reports/" + report, people.session(DemoPeople.OPERATOR));
        // The hotline's console and call log, with a caller waiting and a call-back to make.
        testCalls.waiting("+84912345678");
        testCalls.callback("0987654321");
        RequestPostProcessor asOperator = people.session(DemoPeople.OPERATOR);
        String call = jdbc.sql("select id::text from htl_call order by started_at desc limit 1")
                .query(String.class)
                .single();
        for (String path : List.of("/officer/hotline", "/officer/hotline/calls", "/officer/hotline/calls/" + call)) {
            visits.put(path, asOperator);
        }
        RequestPostProcessor asAdmin = people.session(DemoPeople.ADMIN);
        for (String path : List.of(
                "/admin/audit",
                "/admin/notifications",
                "/admin/report-categories",
                "/admin/procedures/1.001193/edit",
                "/admin/procedures/1.001193/history")) {
            visits.put(path, asAdmin);
        }
        List<String> found = new ArrayList<>();
        for (var visit : visits.entrySet()) {
            for (String language : List.of("vi", "en")) {
                String html = mvc.perform(get(visit.getKey())
                                .param("lang", language)
                                .accept(MediaType.TEXT_HTML)
                                .with(visit.getValue()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                String text = visibleText(html);
                codes(text, ENUM).forEach(code -> found.add(visit.getKey() + " (" + language + "): " + code));
                codes(text, MESSAGE_KEY).forEach(code -> found.add(visit.getKey() + " (" + language + "): " + code));
                if (text.contains("??")) {
                    found.add(visit.getKey() + " (" + language + "): unresolved message");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The text a person reads: no scripts, styles, tags or attribute values. A code shown on purpose, as a code (an
     * Open311 service code for administrators), is marked up as {@code <code>} and is not counted.
     */
    private static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style|code)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ");
    }

    private static List<String> codes(String text, Pattern pattern) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String code = matcher.group();
            // Addresses, file names and e-mail addresses are words people read as they are.
            int end = matcher.end();
            boolean partOfAddress = end < text.length() && (text.charAt(end) == '@' || text.charAt(end) == '/');
            int start = matcher.start();
            boolean afterAt = start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '.');
            if (!partOfAddress && !afterAt && !code.matches(".*\\.(vn|com|org|pdf|txt|png|jpg)$")) {
                codes.add(code);
            }
        }
        return codes;
    }
}
