package org.opencity.assistant.internal.retrieval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.procedure.LifeEvent;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.RequiredDocument;

/** What the index takes from a procedure and from an FAQ entry. */
final class KnowledgeRecords {

    /** Written for residents, by the city. */
    static final float FAQ_RESIDENT_FACING = 0.5f;

    private static final Pattern PROCEDURE_WORD =
            Pattern.compile("^\\s*thủ tục\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The level a name may end with or state in brackets: "(thực hiện tại cấp tỉnh)", "(cấp xã)", "tại cấp huyện". */
    private static final Pattern LEVEL = Pattern.compile(
            "\\s*\\((?:thực hiện\\s+)?(?:(?:tại|ở)\\s+)?cấp\\s+(?:xã|huyện|tỉnh|tinh|bộ|tw|trung ương)\\)"
                    + "|\\s+(?:tại|ở)\\s+cấp\\s+(?:xã|huyện|tỉnh|trung ương)\\b"
                    + "|\\s+cấp\\s+(?:xã|huyện|tỉnh|trung ương)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private KnowledgeRecords() {}

    /**
     * What a procedure's name says without the level it is done at: the same procedure at ward, district, city or
     * ministry level ("Cấp đổi thẻ căn cước" at the ward police and at the city's) has one key, so that a list of
     * answers shows it once before other procedures.
     */
    static String siblingKey(String name) {
        String plain = LEVEL.matcher(withoutProcedureWord(name.strip())).replaceAll("");
        return plain.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s.]+$", "")
                .replaceAll("\\s+", " ");
    }

    /**
     * Half for a procedure done at the ward (where residents go; the same procedure at city or ministry level is
     * for other cases), half for one a life event lists (the everyday ones).
     */
    static float residentFacing(Procedure procedure) {
        return (procedure.level() == ProcedureLevel.WARD ? 0.5f : 0f)
                + (procedure.lifeEvents().isEmpty() ? 0f : 0.5f);
    }

    static KnowledgeRecord of(Procedure procedure) {
        return of(procedure, List.of());
    }

    /**
     * A procedure with the words administrators attached to it from the review of questions (residents' own ways of
     * asking for it), indexed like an FAQ entry's questions.
     */
    static KnowledgeRecord of(Procedure procedure, List<String> attachedQuestions) {
        Map<KnowledgeField, List<String>> texts = new EnumMap<>(KnowledgeField.class);
        if (!attachedQuestions.isEmpty()) {
            texts.put(KnowledgeField.QUESTIONS, attachedQuestions);
        }
        texts.put(KnowledgeField.NAME, List.of(withoutProcedureWord(procedure.nameVi())));
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
        return new KnowledgeRecord(
                procedure.code(), KnowledgeKind.PROCEDURE, procedure.nameVi(), texts, residentFacing(procedure));
    }

    /**
     * The name without the "Thủ tục" some names start with and others not ("Thủ tục đăng ký khai sinh", "Đăng ký
     * tạm trú"): it says nothing, and would only make those names longer (BM25 prefers shorter names).
     */
    static String withoutProcedureWord(String name) {
        return PROCEDURE_WORD.matcher(name).replaceFirst("");
    }

    static KnowledgeRecord of(FaqEntry entry) {
        Map<KnowledgeField, List<String>> texts = new EnumMap<>(KnowledgeField.class);
        texts.put(KnowledgeField.QUESTIONS, entry.questions());
        texts.put(KnowledgeField.ANSWER, List.of(entry.answerVi()));
        texts.put(KnowledgeField.ENGLISH, List.of(entry.answerEn()));
        String title =
                entry.questions().isEmpty() ? entry.code() : entry.questions().get(0);
        return new KnowledgeRecord(entry.code(), KnowledgeKind.FAQ, title, texts, FAQ_RESIDENT_FACING);
    }
}
