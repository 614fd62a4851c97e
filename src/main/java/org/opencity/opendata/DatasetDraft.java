package org.opencity.opendata;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator says about a dataset they register: the catalogue's description of it, without its files.
 * The English texts fall back to the Vietnamese ones.
 *
 * @param name the URL name wanted (lower-case letters, digits and hyphens); null or blank: made from the title. Given
 *     once: a dataset's name never changes, so links and harvesters keep working
 * @param publisher the CKAN organization name of the publishing body ({@link DatasetRegistry#organisations()})
 * @param themes EU data-theme codes ({@link Themes})
 * @param keywords free words, kept as CKAN tags (lower case, without diacritics, hyphens for spaces)
 * @param frequency an EU frequency code ({@link Frequencies})
 * @param spatial the area covered, in words; blank: the city
 */
@RecordBuilder
public record DatasetDraft(
        String name,
        String titleVi,
        String titleEn,
        String descriptionVi,
        String descriptionEn,
        String publisher,
        String licenseId,
        List<String> themes,
        List<String> keywords,
        String frequency,
        LocalDate temporalStart,
        LocalDate temporalEnd,
        String spatial) {

    public DatasetDraft {
        // A JSON client may send nulls in a list; they mean nothing, and List.copyOf would refuse them.
        themes = themes == null
                ? List.of()
                : themes.stream().filter(Objects::nonNull).toList();
        keywords = keywords == null
                ? List.of()
                : keywords.stream().filter(Objects::nonNull).toList();
    }
}
