package org.opencity.assistant.internal.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencity.assistant.ActionKind;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.Source;
import org.opencity.assistant.internal.conversation.AssistantProperties;
import org.opencity.assistant.internal.retrieval.KnowledgeHit;
import org.opencity.assistant.internal.retrieval.KnowledgeKind;
import org.opencity.assistant.internal.retrieval.SearchResult;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.procedure.ProcedureNotFound;
import org.springframework.stereotype.Component;

/**
 * Turns what retrieval found into an answer. Above the confidence threshold: the facts of the first record (a
 * procedure's from the catalogue, an FAQ entry's own text), the facts asked for first, with the records cited in
 * retrieval's order. Below it: “not sure”, the closest records and a person. A hit whose record cannot be read
 * (retired from the catalogue, an FAQ entry out of date) is left out rather than answered from its title.
 */
@Component
public class RetrievalAnswers {

    static final int CITED = 3;

    private final ProcedureCatalogue catalogue;
    private final FaqAnswers faqs;
    private final ProcedureFacts facts;
    private final AnswerTexts texts;
    private final AssistantProperties properties;

    RetrievalAnswers(
            ProcedureCatalogue catalogue,
            FaqAnswers faqs,
            ProcedureFacts facts,
            AnswerTexts texts,
            AssistantProperties properties) {
        this.catalogue = catalogue;
        this.faqs = faqs;
        this.facts = facts;
        this.texts = texts;
        this.properties = properties;
    }

    /** A record retrieval found, read from its store. */
    record Found(KnowledgeHit hit, Procedure procedure, FaqAnswer faq) {

        Source source(Locale language) {
            return procedure != null
                    ? new Source(
                            procedure.code(), procedure.name(language), "/procedures/" + procedure.code(), hit.score())
                    : new Source(
                            faq.code(),
                            faq.question(),
                            faq.links().stream().findFirst().orElse(null),
                            hit.score());
        }
    }

    public boolean confident(SearchResult result) {
        return result.confidence() >= properties.confidenceThreshold();
    }

    public Draft answer(SearchResult result, AskedFacts asked, WardPlace ward, Locale language) {
        List<Found> found = result.hits().stream()
                .map(hit -> read(hit, language))
                .flatMap(Optional::stream)
                .toList();
        if (found.isEmpty()) {
            return notFound(result.confidence(), language);
        }
        if (!confident(result)) {
            return notSure(found, result.confidence(), language);
        }
        Found first = found.get(0);
        List<Source> sources =
                found.stream().limit(CITED).map(f -> f.source(language)).toList();
        if (first.procedure() != null) {
            Procedure procedure = first.procedure();
            List<String> lines = new ArrayList<>();
            lines.add(facts.heading(procedure, language));
            lines.addAll(facts.lines(procedure, askedFirst(asked), ward, language));
            lines.add(texts.text("assistant.answer.more", language));
            return DraftBuilder.builder()
                    .lines(lines)
                    .sources(sources)
                    .actions(startDossier(procedure, language).stream().toList())
                    .confidence(result.confidence())
                    .outcome(Outcome.ANSWERED)
                    .topic(new Topic(procedure.code(), result.confidence()))
                    .rephrasable(true)
                    .build();
        }
        FaqAnswer faq = first.faq();
        List<String> lines = new ArrayList<>();
        lines.add(faq.answer());
        if (!faq.links().isEmpty()) {
            lines.add(texts.text("assistant.answer.links", language, String.join(", ", faq.links())));
        }
        return DraftBuilder.builder()
                .lines(lines)
                .sources(sources)
                .actions(List.of())
                .confidence(result.confidence())
                .outcome(Outcome.ANSWERED)
                .rephrasable(true)
                .build();
    }

    /** A follow-up about the conversation's procedure: only the facts asked for, or all of them. */
    public Optional<Draft> followUp(Topic topic, AskedFacts asked, WardPlace ward, Locale language) {
        Optional<Procedure> found = procedure(topic.code());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Procedure procedure = found.get();
        List<String> lines = new ArrayList<>();
        lines.add(facts.heading(procedure, language));
        lines.addAll(facts.lines(procedure, asked.any() ? asked.facts() : List.of(Fact.values()), ward, language));
        return Optional.of(DraftBuilder.builder()
                .lines(lines)
                .sources(List.of(
                        new Source(procedure.code(), procedure.name(language), "/procedures/" + procedure.code(), 1)))
                .actions(startDossier(procedure, language).stream().toList())
                .confidence(topic.confidence())
                .outcome(Outcome.ANSWERED)
                .topic(topic)
                .rephrasable(true)
                .build());
    }

    public Optional<AssistantAction> startDossier(Procedure procedure, Locale language) {
        if (!procedure.onlineCapable()) {
            return Optional.empty();
        }
        return Optional.of(new AssistantAction(
                ActionKind.START_DOSSIER,
                texts.text("assistant.action.start-dossier", language),
                "/dossiers/new?procedure=" + procedure.code()));
    }

    private Draft notSure(List<Found> found, double confidence, Locale language) {
        List<Found> closest = found.stream().limit(CITED).toList();
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("assistant.answer.not-sure", language));
        closest.forEach(f -> {
            Source source = f.source(language);
            lines.add(texts.text("assistant.answer.closest", language, source.name(), source.code()));
        });
        return DraftBuilder.builder()
                .lines(lines)
                .sources(closest.stream().map(f -> f.source(language)).toList())
                .actions(List.of())
                .confidence(confidence)
                .outcome(Outcome.NOT_SURE)
                .offerPerson(true)
                .build();
    }

    private Draft notFound(double confidence, Locale language) {
        return DraftBuilder.builder()
                .lines(List.of(texts.text("assistant.answer.nothing", language)))
                .sources(List.of())
                .actions(List.of())
                .confidence(confidence)
                .outcome(Outcome.NOT_SURE)
                .offerPerson(true)
                .build();
    }

    private Optional<Found> read(KnowledgeHit hit, Locale language) {
        if (hit.kind() == KnowledgeKind.PROCEDURE) {
            return procedure(hit.code()).map(p -> new Found(hit, p, null));
        }
        return faqs.find(hit.code(), language).map(faq -> new Found(hit, null, faq));
    }

    private Optional<Procedure> procedure(String code) {
        try {
            return catalogue.find(ProcedureCode.of(code));
        } catch (ProcedureNotFound notACode) {
            return Optional.empty();
        }
    }

    /** The facts asked for, then the others in their usual order. */
    private static List<Fact> askedFirst(AskedFacts asked) {
        List<Fact> order = new ArrayList<>(asked.facts());
        Arrays.stream(Fact.values()).filter(f -> !order.contains(f)).forEach(order::add);
        return order;
    }
}
