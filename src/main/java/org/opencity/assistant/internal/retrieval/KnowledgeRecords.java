package org.opencity.assistant.internal.retrieval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.procedure.LifeEvent;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.RequiredDocument;

/** What the index takes from a procedure and from an FAQ entry. */
final class KnowledgeRecords {

    private KnowledgeRecords() {}

    static KnowledgeRecord of(Procedure procedure) {
        Map<KnowledgeField, List<String>> texts = new EnumMap<>(KnowledgeField.class);
        texts.put(KnowledgeField.NAME, List.of(procedure.nameVi()));
        texts.put(
                KnowledgeField.AREA,
                Stream.concat(
                                Stream.of(procedure.field().nameVi()),
                                procedure.lifeEvents().stream().map(LifeEvent::nameVi))
                        .toList());
        texts.put(
                KnowledgeField.DOCUMENTS,
                procedure.documents().stream().map(RequiredDocument::name).toList());
        texts.put(KnowledgeField.RESULT, List.of(procedure.result()));
        texts.put(KnowledgeField.AUTHORITY, List.of(procedure.implementingUnit()));
        texts.put(KnowledgeField.LEGAL_BASIS, List.of(procedure.legalBasis()));
        List<String> english =
                new ArrayList<>(List.of(procedure.nameEn(), procedure.field().nameEn()));
        procedure.lifeEvents().forEach(event -> english.add(event.nameEn()));
        texts.put(KnowledgeField.ENGLISH, english);
        return new KnowledgeRecord(procedure.code(), KnowledgeKind.PROCEDURE, procedure.nameVi(), texts);
    }

    static KnowledgeRecord of(FaqEntry entry) {
        Map<KnowledgeField, List<String>> texts = new EnumMap<>(KnowledgeField.class);
        texts.put(KnowledgeField.QUESTIONS, entry.questions());
        texts.put(KnowledgeField.ANSWER, List.of(entry.answerVi()));
        texts.put(KnowledgeField.ENGLISH, List.of(entry.answerEn()));
        String title =
                entry.questions().isEmpty() ? entry.code() : entry.questions().get(0);
        return new KnowledgeRecord(entry.code(), KnowledgeKind.FAQ, title, texts);
    }
}
