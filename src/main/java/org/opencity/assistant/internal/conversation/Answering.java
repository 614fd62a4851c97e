package org.opencity.assistant.internal.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencity.assistant.ActionKind;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.internal.action.DossierStatusQuestions;
import org.opencity.assistant.internal.action.MyRecordsQuestions;
import org.opencity.assistant.internal.action.WardFinder;
import org.opencity.assistant.internal.action.WardQuestions;
import org.opencity.assistant.internal.answer.AnswerTexts;
import org.opencity.assistant.internal.answer.AskedFacts;
import org.opencity.assistant.internal.answer.Draft;
import org.opencity.assistant.internal.answer.DraftBuilder;
import org.opencity.assistant.internal.answer.FactWords;
import org.opencity.assistant.internal.answer.Phrases;
import org.opencity.assistant.internal.answer.RetrievalAnswers;
import org.opencity.assistant.internal.answer.Topic;
import org.opencity.assistant.internal.answer.WardPlace;
import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.retrieval.SearchResult;
import org.opencity.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * Decides how to answer one question, in this order: a request for a person; live data (a dossier's status by its
 * receipt code, the resident's own dossiers or reports, which ward a place belongs to); a follow-up about the
 * procedure already discussed; otherwise what retrieval finds. Report words add “report a problem”, status words
 * without a code add the status look-up.
 */
@Component
public class Answering {

    static final int HITS = 5;

    private static final List<String> ASKING_FOR_A_PERSON = List.of(
            "gap can bo",
            "gap nguoi",
            "noi chuyen voi nguoi",
            "noi chuyen voi can bo",
            "can bo ho tro",
            "nhan vien ho tro",
            "tu van vien",
            "nguoi that",
            "talk to a person",
            "talk to someone",
            "speak to someone",
            "speak to a person",
            "a human",
            "an officer");
    private static final List<String> REPORTING = List.of(
            "phan anh",
            "bao cao su co",
            "bao su co",
            "o ga",
            "ngap",
            "rac thai",
            "den duong hong",
            "report a problem",
            "pothole",
            "report an issue");

    private final KnowledgeSearch search;
    private final RetrievalAnswers retrieval;
    private final FactWords factWords;
    private final DossierStatusQuestions status;
    private final MyRecordsQuestions mine;
    private final WardQuestions wardQuestions;
    private final WardFinder wards;
    private final AnswerTexts texts;

    Answering(
            KnowledgeSearch search,
            RetrievalAnswers retrieval,
            FactWords factWords,
            DossierStatusQuestions status,
            MyRecordsQuestions mine,
            WardQuestions wardQuestions,
            WardFinder wards,
            AnswerTexts texts) {
        this.search = search;
        this.retrieval = retrieval;
        this.factWords = factWords;
        this.status = status;
        this.mine = mine;
        this.wardQuestions = wardQuestions;
        this.wards = wards;
        this.texts = texts;
    }

    /**
     * @param topic the procedure the conversation is about, or null
     * @param asker the signed-in resident, or null
     */
    public Draft answer(String question, Topic topic, AccountId asker, Locale language) {
        String padded = Phrases.padded(question);
        if (Phrases.anyIn(padded, ASKING_FOR_A_PERSON)) {
            return person(language);
        }
        Optional<Draft> live = status.answer(question, language)
                .or(() -> mine.answer(question, asker, language))
                .or(() -> wardQuestions.answer(question, language));
        if (live.isPresent()) {
            return live.get();
        }
        Optional<WardPlace> ward = wards.named(question).map(w -> wards.place(w, language));
        AskedFacts asked = factWords.of(question, ward.map(WardPlace::name).orElse(null));
        Draft draft = null;
        if (topic != null && asked.bare()) {
            draft = retrieval
                    .followUp(topic, asked, ward.orElse(null), language)
                    .orElse(null);
        }
        if (draft == null) {
            SearchResult found = search.search(question, HITS);
            boolean aboutTheTopic = topic != null && !retrieval.confident(found) && (asked.any() || ward.isPresent());
            if (aboutTheTopic) {
                draft = retrieval
                        .followUp(topic, asked, ward.orElse(null), language)
                        .orElse(null);
            }
            if (draft == null) {
                draft = retrieval.answer(found, asked, ward.orElse(null), language);
            }
        }
        if (Phrases.anyIn(padded, REPORTING)) {
            draft = draft.plus(new AssistantAction(
                    ActionKind.START_REPORT, texts.text("assistant.action.start-report", language), "/reports/new"));
        }
        if (status.asksWithoutCode(question)) {
            draft = draft.plus(status.lookUp(language));
        }
        return draft;
    }

    private Draft person(Locale language) {
        return DraftBuilder.builder()
                .lines(List.of(texts.text("assistant.person.offer", language)))
                .sources(List.of())
                .actions(List.of())
                .confidence(1)
                .outcome(Outcome.ACTION)
                .offerPerson(true)
                .build();
    }
}
