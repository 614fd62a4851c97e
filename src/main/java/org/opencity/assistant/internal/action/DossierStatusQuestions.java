package org.opencity.assistant.internal.action;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.assistant.ActionKind;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.internal.answer.AnswerTexts;
import org.opencity.assistant.internal.answer.Draft;
import org.opencity.assistant.internal.answer.DraftBuilder;
import org.opencity.assistant.internal.answer.Phrases;
import org.opencity.dossier.DossierLookup;
import org.opencity.dossier.DossierStatusView;
import org.opencity.platform.LocalizedProblem;
import org.opencity.shared.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A dossier's status asked in the conversation: “hồ sơ HS-2026-000123, 4 số cuối 5678 đến đâu rồi?”. Goes through
 * the dossier module's public look-up, so the answer tells exactly what /dossiers/status would (no name, no address,
 * no documents), an unknown code and wrong digits read the same, and wrong digits count towards the same throttle.
 */
@Component
public class DossierStatusQuestions {

    private static final Pattern RECEIPT_CODE = Pattern.compile("(?i)\\bHS[-\\s]?(\\d{4})[-\\s]?(\\d{6})\\b");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s.\\-]?\\d){8,11}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<![\\d\\p{L}])\\d{4}(?![\\d\\p{L}])");
    private static final List<String> ASKING_FOR_A_STATUS = List.of(
            "tra cuu ho so",
            "ho so den dau",
            "tinh trang ho so",
            "trang thai ho so",
            "ho so cua toi den dau",
            "kiem tra ho so",
            "dossier status",
            "application status",
            "check my application");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierLookup lookup;
    private final AnswerTexts texts;

    DossierStatusQuestions(DossierLookup lookup, AnswerTexts texts) {
        this.lookup = lookup;
        this.texts = texts;
    }

    /** The status, or a request for the missing digits, when the question names a receipt code. */
    public Optional<Draft> answer(String question, Locale language) {
        Matcher code = RECEIPT_CODE.matcher(question);
        if (!code.find()) {
            return Optional.empty();
        }
        String receipt = "HS-" + code.group(1) + "-" + code.group(2);
        String rest = question.substring(0, code.start()) + " " + question.substring(code.end());
        Optional<String> digits = lastFourDigits(rest);
        if (digits.isEmpty()) {
            return Optional.of(
                    action(List.of(texts.text("assistant.status.need-digits", language, receipt)), language));
        }
        try {
            return Optional.of(found(lookup.status(receipt, digits.get()), language));
        } catch (LocalizedProblem refused) {
            String line = refused.status() == HttpStatus.TOO_MANY_REQUESTS
                    ? texts.text("assistant.status.throttled", language, refused.arguments()[0])
                    : texts.text("assistant.status.not-found", language, receipt);
            return Optional.of(action(List.of(line), language));
        }
    }

    /** Whether the question asks for a dossier's status without naming one: the look-up is offered. */
    public boolean asksWithoutCode(String question) {
        return Phrases.anyIn(Phrases.padded(question), ASKING_FOR_A_STATUS);
    }

    public AssistantAction lookUp(Locale language) {
        return new AssistantAction(
                ActionKind.DOSSIER_STATUS, texts.text("assistant.action.dossier-status", language), "/dossiers/status");
    }

    private Draft found(DossierStatusView dossier, Locale language) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("assistant.status.heading", language, dossier.code(), dossier.procedureName()));
        lines.add(texts.text(
                "assistant.status.status",
                language,
                texts.text("dossier.status." + dossier.status().name(), language)));
        if (dossier.timeliness() != null) {
            lines.add(texts.text(
                    "assistant.status.timeliness",
                    language,
                    texts.text("dossier.timeliness." + dossier.timeliness().name(), language)));
        }
        when(dossier.receivedAt()).ifPresent(at -> lines.add(texts.text("assistant.status.received", language, at)));
        when(dossier.dueAt()).ifPresent(at -> lines.add(texts.text("assistant.status.due", language, at)));
        when(dossier.resultIssuedAt()).ifPresent(at -> lines.add(texts.text("assistant.status.result", language, at)));
        return action(lines, language);
    }

    private Draft action(List<String> lines, Locale language) {
        return DraftBuilder.builder()
                .lines(lines)
                .sources(List.of())
                .actions(List.of(lookUp(language)))
                .confidence(1)
                .outcome(Outcome.ACTION)
                .build();
    }

    private static Optional<String> when(Instant at) {
        return Optional.ofNullable(at).map(instant -> WHEN.format(instant.atZone(WorkingCalendar.VIETNAM)));
    }

    /** The four digits typed after the code, or the last four of a whole phone number typed instead. */
    private static Optional<String> lastFourDigits(String text) {
        Matcher phone = PHONE.matcher(text);
        if (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            return Optional.of(digits.substring(digits.length() - 4));
        }
        Matcher four = FOUR_DIGITS.matcher(text);
        return four.find() ? Optional.of(four.group()) : Optional.empty();
    }
}
