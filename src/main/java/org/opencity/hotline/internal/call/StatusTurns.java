package org.opencity.hotline.internal.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.opencity.dossier.DossierLookup;
import org.opencity.dossier.DossierStatusView;
import org.opencity.hotline.CallOutcome;
import org.opencity.platform.LocalizedProblem;
import org.opencity.shared.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A dossier's status by keypad: the receipt code's digits, then the last four digits of the applicant's phone. It is
 * the public look-up's own service, so the same throttle guards it: ten wrong pairs rest a code for an hour, whether
 * they were tried on the web, in the chat or on the phone.
 */
@Component
class StatusTurns {

    private static final DateTimeFormatter VIETNAMESE_DAY =
            DateTimeFormatter.ofPattern("d 'tháng' M 'năm' yyyy", Locale.forLanguageTag("vi"));
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final DossierLookup lookup;
    private final Menu menu;
    private final HotlineTexts texts;
    private final Clock clock;

    StatusTurns(DossierLookup lookup, Menu menu, HotlineTexts texts, Clock clock) {
        this.lookup = lookup;
        this.menu = menu;
        this.texts = texts;
        this.clock = clock;
    }

    Turn askCode(CallRecord call, String... before) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : before) {
            reply.say(text);
        }
        return new Turn(
                call.withState(CallStep.DOSSIER_CODE).withDossierCode(null),
                reply.ask(CallStep.DOSSIER_CODE, false, null, "#", 10, menu.say(call, "dossier-code"))
                        .build());
    }

    /** @return the next turn, or empty when the keys are no receipt code */
    Optional<Turn> code(CallRecord call, String digits) {
        return KeyedCode.of(digits, clock)
                .map(code -> new Turn(
                        call.withState(CallStep.DOSSIER_PHONE).withDossierCode(code),
                        Reply.in(call.locale())
                                .ask(CallStep.DOSSIER_PHONE, false, 4, null, 10, menu.say(call, "dossier-phone"))
                                .build()));
    }

    /** @return the status read out, or empty when the pair matched no dossier (a miss for the caller) */
    Optional<Turn> status(CallRecord call, String phoneDigits) {
        try {
            // The look-up counts a wrong guess in this turn's transaction, on its connection (see DossierLookup).
            DossierStatusView dossier = lookup.status(call.dossierCode(), phoneDigits);
            CallRecord checked = call.withRetries(0).achieved(CallOutcome.STATUS_CHECKED);
            return Optional.of(menu.afterAction(checked, spoken(dossier, call.locale())));
        } catch (LocalizedProblem refused) {
            if (refused.status() == HttpStatus.TOO_MANY_REQUESTS) {
                return Optional.of(menu.afterAction(call, menu.say(call, "dossier-throttled", refused.arguments()[0])));
            }
            return Optional.empty();
        }
    }

    private String spoken(DossierStatusView dossier, Locale language) {
        String status = texts.label("dossier.status." + dossier.status().name(), language);
        String timeliness = dossier.timeliness() == null
                ? ""
                : texts.label("dossier.timeliness." + dossier.timeliness().name(), language);
        String line = texts.say(
                "dossier-status", language, spokenCode(dossier.code()), dossier.procedureName(), status, timeliness);
        if (dossier.dueAt() != null && dossier.resultIssuedAt() == null) {
            LocalDate due = LocalDate.ofInstant(dossier.dueAt(), WorkingCalendar.VIETNAM);
            line += " "
                    + texts.say(
                            "dossier-due",
                            language,
                            (language.getLanguage().equals("en") ? ENGLISH_DAY : VIETNAMESE_DAY).format(due));
        }
        return line;
    }

    /** "HS-2026-000123" read digit by digit, as the caller keyed it. */
    private static String spokenCode(String code) {
        return String.join(" ", code.replaceAll("[^0-9]", "").split(""));
    }
}
