package org.opencity.assistant.internal.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencity.assistant.ActionKind;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.internal.answer.AnswerTexts;
import org.opencity.assistant.internal.answer.Draft;
import org.opencity.assistant.internal.answer.DraftBuilder;
import org.opencity.assistant.internal.answer.Phrases;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierSummary;
import org.opencity.identity.AccountId;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSummary;
import org.springframework.stereotype.Component;

/**
 * “Hồ sơ của tôi”, “phản ánh của tôi”: a signed-in resident's latest dossiers or reports, through those modules'
 * own “mine” look-ups, so nobody sees another person's. A visitor is asked to sign in.
 */
@Component
public class MyRecordsQuestions {

    static final int LATEST = 5;

    private static final List<String> MY_DOSSIERS = List.of(
            "ho so cua toi",
            "ho so cua minh",
            "ho so toi da nop",
            "ho so da nop",
            "my dossiers",
            "my applications",
            "my dossier");
    private static final List<String> MY_REPORTS = List.of(
            "phan anh cua toi",
            "phan anh cua minh",
            "phan anh toi da gui",
            "phan anh da gui",
            "my reports",
            "my report");

    private final DossierManagement dossiers;
    private final ReportManagement reports;
    private final AnswerTexts texts;

    MyRecordsQuestions(DossierManagement dossiers, ReportManagement reports, AnswerTexts texts) {
        this.dossiers = dossiers;
        this.reports = reports;
        this.texts = texts;
    }

    public Optional<Draft> answer(String question, AccountId asker, Locale language) {
        String padded = Phrases.padded(question);
        boolean wantsDossiers = Phrases.anyIn(padded, MY_DOSSIERS);
        boolean wantsReports = Phrases.anyIn(padded, MY_REPORTS);
        if (!wantsDossiers && !wantsReports) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        List<AssistantAction> actions = new ArrayList<>();
        if (asker == null) {
            lines.add(texts.text("assistant.mine.sign-in", language));
            actions.add(new AssistantAction(
                    ActionKind.SIGN_IN, texts.text("assistant.action.sign-in", language), "/login"));
        } else {
            if (wantsDossiers) {
                lines.addAll(dossierLines(asker, language));
            }
            if (wantsReports) {
                lines.addAll(reportLines(asker, language));
            }
        }
        if (wantsDossiers) {
            actions.add(new AssistantAction(
                    ActionKind.MY_DOSSIERS, texts.text("assistant.action.my-dossiers", language), "/dossiers"));
        }
        if (wantsReports) {
            actions.add(new AssistantAction(
                    ActionKind.MY_REPORTS, texts.text("assistant.action.my-reports", language), "/reports/mine"));
        }
        return Optional.of(DraftBuilder.builder()
                .lines(lines)
                .sources(List.of())
                .actions(actions)
                .confidence(1)
                .outcome(Outcome.ACTION)
                .build());
    }

    private List<String> dossierLines(AccountId asker, Locale language) {
        List<DossierSummary> mine = dossiers.mine(asker);
        if (mine.isEmpty()) {
            return List.of(texts.text("assistant.mine.no-dossiers", language));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("assistant.mine.dossiers", language, Math.min(LATEST, mine.size()), mine.size()));
        mine.stream()
                .limit(LATEST)
                .forEach(dossier -> lines.add(texts.text(
                        "assistant.mine.dossier",
                        language,
                        dossier.code(),
                        dossier.procedureName(),
                        texts.text("dossier.status." + dossier.status().name(), language))));
        return lines;
    }

    private List<String> reportLines(AccountId asker, Locale language) {
        List<ReportSummary> mine = reports.mine(asker, language);
        if (mine.isEmpty()) {
            return List.of(texts.text("assistant.mine.no-reports", language));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("assistant.mine.reports", language, Math.min(LATEST, mine.size()), mine.size()));
        mine.stream()
                .limit(LATEST)
                .forEach(report -> lines.add(texts.text(
                        "assistant.mine.report",
                        language,
                        report.number(),
                        report.categoryName(),
                        texts.text("report.status." + report.status().name(), language))));
        return lines;
    }
}
