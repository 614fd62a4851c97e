package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencity.assistant.internal.answer.Fact;
import org.opencity.assistant.internal.answer.ProcedureFacts;
import org.opencity.assistant.internal.answer.WardPlace;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureBuilder;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.RequiredDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assistant never invents a figure: for every procedure of the catalogue, in both languages, every number in
 * the stated facts is a number of the record (its fee, online fee, processing days, document copies, or one written
 * in its own texts), and a record without a fee or a time says so.
 */
@AssistantSpringTest
class AssistantGroundingTests {

    private static final Pattern FIGURE = Pattern.compile("\\d(?:[\\d.,]*\\d)?");

    @Autowired
    ProcedureFacts facts;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFigureOfEveryProceduresFactsIsAFigureOfItsRecord() {
        List<String> codes = jdbc.sql("select code from prc_procedure order by code")
                .query(String.class)
                .list();
        assertThat(codes).hasSizeGreaterThan(300);
        WardPlace ward = new WardPlace("00166", "Phường Cầu Giấy", "Trung tâm Phục vụ hành chính công", null);
        List<String> invented = new ArrayList<>();
        for (String code : codes) {
            Procedure procedure = catalogue.get(code);
            Set<String> known = figures(recordText(procedure));
            for (Locale language : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                for (String line : facts.lines(procedure, List.of(Fact.values()), ward, language)) {
                    for (String figure : figures(line)) {
                        if (!known.contains(figure)) {
                            invented.add(code + " (" + language + "): " + figure + " in \"" + line + "\"");
                        }
                    }
                }
            }
        }
        assertThat(invented).isEmpty();
    }

    @Test
    void aRecordWithoutAFeeATimeOrPapersSaysSoRatherThanGuessing() {
        Locale vi = Locale.forLanguageTag("vi");
        Procedure birth = catalogue.get(FixedKnowledge.BIRTH);
        // Every record of today's catalogue states a fee and a time somehow; the next import may not.
        Procedure silent = ProcedureBuilder.builder(birth)
                .implementingUnit("")
                .receivingAddress(null)
                .processingDays(null)
                .processingTimeText("")
                .feeText("")
                .feeVnd(null)
                .onlineFeeVnd(null)
                .documents(List.of())
                .legalBasis("")
                .build();
        assertThat(facts.lines(silent, List.of(Fact.values()), null, vi))
                .contains(
                        text("assistant.fact.fee.none", vi),
                        text("assistant.fact.time.none", vi),
                        text("assistant.fact.documents.none", vi),
                        text("assistant.fact.legal.none", vi))
                .noneMatch(line -> line.contains("đồng") || line.contains("ngày làm việc"));

        assertThat(birth.free()).isTrue();
        assertThat(facts.lines(birth, List.of(Fact.FEE), null, vi)).containsExactly("Lệ phí: miễn phí.");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Everything the record says, figures included. */
    private static String recordText(Procedure p) {
        StringBuilder text = new StringBuilder();
        text.append(p.receivingAddress()).append(' ').append(p.managingBody()).append(' ');
        text.append(p.code())
                .append(' ')
                .append(p.nameVi())
                .append(' ')
                .append(p.nameEn())
                .append(' ');
        text.append(p.implementingUnit())
                .append(' ')
                .append(p.processingTimeText())
                .append(' ');
        text.append(p.feeText()).append(' ').append(p.legalBasis()).append(' ');
        text.append(p.feeVnd()).append(' ').append(p.onlineFeeVnd()).append(' ').append(p.processingDays());
        for (RequiredDocument document : p.documents()) {
            text.append(' ').append(document.name()).append(' ').append(document.copies());
        }
        // The documents beyond the first few are counted ("… and 3 more"): a figure derived from the record.
        text.append(' ').append(Math.max(0, p.documents().size() - 8));
        // Level 2 of identity, named by the online line, is the record's minimum identity level.
        text.append(' ').append(p.minimumIdentityLevel());
        return text.toString();
    }

    /** Figures as plain digits: "8.000", "8,000" and "8000" are one figure, "05" is "5". */
    private static Set<String> figures(String text) {
        Set<String> figures = new HashSet<>();
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            figures.add(figure.group().replaceAll("[.,]", "").replaceFirst("^0+(?=\\d)", ""));
        }
        return figures;
    }
}
