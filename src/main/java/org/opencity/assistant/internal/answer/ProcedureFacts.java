package org.opencity.assistant.internal.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.RequiredDocument;
import org.springframework.stereotype.Component;

/**
 * States a procedure's facts from its catalogue record and nothing else: every figure, name and document in the
 * lines is a field of the record (or of the named ward), and a fact the record lacks is said to be missing, never
 * guessed. Fixed words come from the message bundles.
 */
@Component
public class ProcedureFacts {

    static final int MOST_DOCUMENTS = 8;
    private static final int LONG_TEXT = 320;

    private final AnswerTexts texts;

    ProcedureFacts(AnswerTexts texts) {
        this.texts = texts;
    }

    /** The line that names the procedure an answer is about. */
    public String heading(Procedure procedure, Locale language) {
        return texts.text("assistant.answer.about", language, procedure.name(language), procedure.code());
    }

    /** The lines of the given facts, in the given order. */
    public List<String> lines(Procedure procedure, List<Fact> facts, WardPlace ward, Locale language) {
        List<String> lines = new ArrayList<>();
        for (Fact fact : facts) {
            switch (fact) {
                case DOCUMENTS -> lines.addAll(documents(procedure, language));
                case FEE -> lines.add(fee(procedure, language));
                case TIME -> lines.add(time(procedure, language));
                case WHERE -> lines.addAll(where(procedure, ward, language));
                case ONLINE -> lines.addAll(online(procedure, language));
                case LEGAL_BASIS -> lines.add(legalBasis(procedure, language));
            }
        }
        return lines;
    }

    private List<String> documents(Procedure procedure, Locale language) {
        List<RequiredDocument> documents = procedure.documents();
        if (documents.isEmpty()) {
            return List.of(texts.text("assistant.fact.documents.none", language));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("assistant.fact.documents", language));
        documents.stream()
                .limit(MOST_DOCUMENTS)
                .forEach(document ->
                        lines.add(texts.text("assistant.fact.document", language, document.name(), document.copies())));
        if (documents.size() > MOST_DOCUMENTS) {
            lines.add(texts.text("assistant.fact.documents.more", language, documents.size() - MOST_DOCUMENTS));
        }
        return lines;
    }

    private String fee(Procedure procedure, Locale language) {
        Long fee = procedure.feeVnd();
        if (fee == null) {
            return blank(procedure.feeText())
                    ? texts.text("assistant.fact.fee.none", language)
                    : texts.text("assistant.fact.fee.text", language, Excerpt.of(procedure.feeText(), LONG_TEXT));
        }
        String line = fee == 0
                ? texts.text("assistant.fact.fee.free", language)
                : texts.text("assistant.fact.fee.amount", language, fee);
        Long online = procedure.onlineFeeVnd();
        if (online != null && !online.equals(fee)) {
            line += " "
                    + (online == 0
                            ? texts.text("assistant.fact.fee.online-free", language)
                            : texts.text("assistant.fact.fee.online", language, online));
        }
        return line;
    }

    private String time(Procedure procedure, Locale language) {
        if (procedure.processingDays() != null) {
            return texts.text("assistant.fact.time.days", language, procedure.processingDays());
        }
        return blank(procedure.processingTimeText())
                ? texts.text("assistant.fact.time.none", language)
                : texts.text(
                        "assistant.fact.time.text", language, Excerpt.of(procedure.processingTimeText(), LONG_TEXT));
    }

    private List<String> where(Procedure procedure, WardPlace ward, Locale language) {
        List<String> lines = new ArrayList<>();
        String level = texts.text("procedure.level." + procedure.level().name(), language);
        lines.add(
                blank(procedure.implementingUnit())
                        ? texts.text("assistant.fact.where.none", language, level)
                        : texts.text("assistant.fact.where.unit", language, procedure.implementingUnit(), level));
        if (!blank(procedure.receivingAddress())) {
            lines.add(texts.text(
                    "assistant.fact.where.address", language, Excerpt.of(procedure.receivingAddress(), LONG_TEXT)));
        }
        if (procedure.level() == ProcedureLevel.MINISTRY && !blank(procedure.managingBody())) {
            lines.add(texts.text("assistant.fact.where.managing-body", language, procedure.managingBody()));
        }
        if (ward != null) {
            if (procedure.level() != ProcedureLevel.WARD) {
                lines.add(texts.text("assistant.fact.where.city-level", language, ward.name()));
            } else if (ward.centreName() != null) {
                lines.add(
                        ward.address() == null
                                ? texts.text("assistant.fact.where.centre", language, ward.name(), ward.centreName())
                                : texts.text(
                                        "assistant.fact.where.centre-at",
                                        language,
                                        ward.name(),
                                        ward.centreName(),
                                        ward.address()));
            }
        }
        return lines;
    }

    private List<String> online(Procedure procedure, Locale language) {
        List<String> lines = new ArrayList<>();
        OnlineLevel level = procedure.onlineLevel();
        lines.add(
                switch (level) {
                    case FULL_ONLINE -> texts.text("assistant.fact.online.full", language);
                    case PARTLY_ONLINE -> texts.text("assistant.fact.online.partly", language);
                    case INFORMATION_ONLY -> texts.text("assistant.fact.online.none", language);
                });
        if (level.online() && procedure.minimumIdentityLevel() >= 2) {
            lines.add(texts.text("assistant.fact.online.level2", language));
        }
        if (!level.online() && procedure.onlineElsewhere()) {
            lines.add(texts.text("assistant.fact.online.elsewhere", language));
        }
        return lines;
    }

    private String legalBasis(Procedure procedure, Locale language) {
        return blank(procedure.legalBasis())
                ? texts.text("assistant.fact.legal.none", language)
                : texts.text("assistant.fact.legal", language, Excerpt.of(procedure.legalBasis(), LONG_TEXT));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
