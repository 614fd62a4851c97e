package org.opencity.opendata.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.opencity.opendata.DatasetDraft;
import org.opencity.opendata.DatasetDraftBuilder;
import org.opencity.opendata.Frequencies;
import org.opencity.opendata.InvalidDataset;
import org.opencity.opendata.InvalidDataset.Violation;
import org.opencity.opendata.Licences;
import org.opencity.opendata.Themes;
import org.springframework.stereotype.Component;

/**
 * The rules of a dataset's description, all checked at once so a form can show every problem together; what passes
 * comes back tidied: texts trimmed, English falling back to Vietnamese, keywords as CKAN tags, the city as the
 * default area.
 */
@Component
public class DraftCheck {

    static final int TITLE_LENGTH = 300;
    static final int DESCRIPTION_LENGTH = 5000;
    static final int SPATIAL_LENGTH = 300;
    static final int KEYWORDS = 20;
    static final int KEYWORD_LENGTH = 50;

    private final Organisations organisations;

    DraftCheck(Organisations organisations) {
        this.organisations = organisations;
    }

    /**
     * @throws InvalidDataset listing every broken rule
     */
    public DatasetDraft check(DatasetDraft draft) {
        List<Violation> violations = new ArrayList<>();
        String titleVi = strip(draft.titleVi());
        String titleEn = orElse(strip(draft.titleEn()), titleVi);
        String descriptionVi = strip(draft.descriptionVi());
        String descriptionEn = orElse(strip(draft.descriptionEn()), descriptionVi);
        String spatial = orElse(strip(draft.spatial()), CityPublisher.SPATIAL);
        String name = strip(draft.name());
        if (!name.isEmpty() && !DatasetNames.NAME.matcher(name).matches()) {
            violations.add(new Violation("name", "problem.opendata.name"));
        }
        if (titleVi.isEmpty()) {
            violations.add(new Violation("titleVi", "problem.opendata.title-missing"));
        }
        text(violations, "titleVi", titleVi, TITLE_LENGTH, false);
        text(violations, "titleEn", titleEn, TITLE_LENGTH, false);
        if (descriptionVi.isEmpty()) {
            violations.add(new Violation("descriptionVi", "problem.opendata.description-missing"));
        }
        text(violations, "descriptionVi", descriptionVi, DESCRIPTION_LENGTH, true);
        text(violations, "descriptionEn", descriptionEn, DESCRIPTION_LENGTH, true);
        text(violations, "spatial", spatial, SPATIAL_LENGTH, false);
        if (draft.publisher() == null || organisations.find(draft.publisher()).isEmpty()) {
            violations.add(new Violation("publisher", "problem.opendata.publisher"));
        }
        if (draft.licenseId() == null || Licences.find(draft.licenseId()).isEmpty()) {
            violations.add(new Violation("licenseId", "problem.opendata.licence"));
        }
        List<String> themes = List.copyOf(new LinkedHashSet<>(draft.themes()));
        if (themes.isEmpty() || !Themes.TITLES.keySet().containsAll(themes)) {
            violations.add(new Violation("themes", "problem.opendata.themes"));
        }
        List<String> keywords = draft.keywords().stream()
                .map(DatasetNames::slug)
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
        if (keywords.size() > KEYWORDS || keywords.stream().anyMatch(k -> k.length() > KEYWORD_LENGTH)) {
            violations.add(new Violation("keywords", "problem.opendata.keywords", KEYWORDS, KEYWORD_LENGTH));
        }
        if (draft.frequency() == null || !Frequencies.CODES.contains(draft.frequency())) {
            violations.add(new Violation("frequency", "problem.opendata.frequency"));
        }
        if (draft.temporalStart() != null
                && draft.temporalEnd() != null
                && draft.temporalEnd().isBefore(draft.temporalStart())) {
            violations.add(new Violation("temporalEnd", "problem.opendata.temporal"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidDataset(violations);
        }
        return DatasetDraftBuilder.builder(draft)
                .name(name.isEmpty() ? null : name)
                .titleVi(titleVi)
                .titleEn(titleEn)
                .descriptionVi(descriptionVi)
                .descriptionEn(descriptionEn)
                .spatial(spatial)
                .themes(themes)
                .keywords(keywords)
                .build();
    }

    /** Too long, or holding control characters (a NUL cannot even be stored; line breaks only in descriptions). */
    private static void text(List<Violation> violations, String field, String text, int max, boolean lines) {
        if (text.length() > max) {
            violations.add(new Violation(field, "problem.opendata.too-long", max));
        } else if (text.chars()
                .anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
            violations.add(new Violation(field, "problem.opendata.control-characters"));
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String orElse(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
