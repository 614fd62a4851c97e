package org.opencity.assistant.internal.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencity.assistant.ActionKind;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.Source;
import org.opencity.assistant.internal.answer.AnswerTexts;
import org.opencity.assistant.internal.answer.Draft;
import org.opencity.assistant.internal.answer.DraftBuilder;
import org.opencity.assistant.internal.answer.Phrases;
import org.opencity.assistant.internal.answer.WardPlace;
import org.opencity.geography.Ward;
import org.opencity.geography.WardMatch;
import org.springframework.stereotype.Component;

/**
 * “Phường cũ Dịch Vọng Hậu giờ thuộc đâu?”, “12 Hàng Bài thuộc phường nào?”: the ward (or wards, when a former ward
 * was split) that a place belongs to since the 2025 reorganisation, with its public-service centre. Former names
 * come from the geography module's list, which is guidance, and the answer says so.
 */
@Component
public class WardQuestions {

    private static final List<String> ASKING_FOR_A_WARD = List.of(
            "thuoc phuong nao",
            "thuoc xa nao",
            "thuoc phuong xa nao",
            "thuoc dau",
            "gio thuoc",
            "nay thuoc",
            "gio la phuong nao",
            "gio la phuong gi",
            "bay gio la",
            "phuong moi",
            "xa moi",
            "sap nhap vao",
            "which ward",
            "what ward",
            "which commune");
    private static final List<String> FORMER = List.of("cu", "truoc day", "old", "former");

    private final WardFinder wards;
    private final AnswerTexts texts;

    WardQuestions(WardFinder wards, AnswerTexts texts) {
        this.wards = wards;
        this.texts = texts;
    }

    public Optional<Draft> answer(String question, Locale language) {
        String padded = Phrases.padded(question);
        if (!Phrases.anyIn(padded, ASKING_FOR_A_WARD)) {
            return Optional.empty();
        }
        List<WardMatch> matches = wards.matching(question, Phrases.anyIn(padded, FORMER));
        if (matches.isEmpty()) {
            return Optional.of(DraftBuilder.builder()
                    .lines(List.of(texts.text("assistant.ward.unknown", language)))
                    .sources(List.of())
                    .actions(List.of(new AssistantAction(
                            ActionKind.WARD, texts.text("assistant.action.find-ward", language), "/wards")))
                    .confidence(0)
                    .outcome(Outcome.NOT_SURE)
                    .offerPerson(true)
                    .build());
        }
        return Optional.of(found(matches, language));
    }

    private Draft found(List<WardMatch> matches, Locale language) {
        WardMatch first = matches.get(0);
        // One place only: a former ward split between new wards lists them all, another place with a like name none.
        Map<String, Ward> newWards = new LinkedHashMap<>();
        matches.stream()
                .filter(match -> first.matchedAlias() == null
                        ? match.matchedAlias() == null
                        : match.matchedAlias() != null
                                && match.matchedAlias()
                                        .label()
                                        .equals(first.matchedAlias().label()))
                .forEach(match -> newWards.putIfAbsent(match.ward().code(), match.ward()));
        List<String> lines = new ArrayList<>();
        String names =
                String.join(", ", newWards.values().stream().map(Ward::name).toList());
        if (first.matchedAlias() == null) {
            lines.add(
                    texts.text("assistant.ward.current", language, first.ward().name()));
        } else {
            lines.add(texts.text(
                    "assistant.ward.former", language, first.matchedAlias().label(), names));
        }
        List<Source> sources = new ArrayList<>();
        List<AssistantAction> actions = new ArrayList<>();
        for (Ward ward : newWards.values()) {
            WardPlace place = wards.place(ward, language);
            if (place.centreName() != null) {
                lines.add(
                        place.address() == null
                                ? texts.text("assistant.ward.centre", language, ward.name(), place.centreName())
                                : texts.text(
                                        "assistant.ward.centre-at",
                                        language,
                                        ward.name(),
                                        place.centreName(),
                                        place.address()));
            }
            sources.add(new Source(ward.code(), ward.name(), "/wards/" + ward.code(), 1));
            actions.add(new AssistantAction(
                    ActionKind.WARD,
                    texts.text("assistant.action.ward", language, ward.name()),
                    "/wards/" + ward.code()));
        }
        if (first.matchedAlias() != null) {
            lines.add(texts.text("assistant.ward.guidance", language));
        }
        return DraftBuilder.builder()
                .lines(lines)
                .sources(sources)
                .actions(actions)
                .confidence(1)
                .outcome(Outcome.ACTION)
                .build();
    }
}
