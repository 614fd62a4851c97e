package org.opencity.opendata;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A dataset of the catalogue, described as CKAN and DCAT-AP describe one.
 *
 * @param name the URL name (CKAN's {@code name}, stable, e.g. {@code phuong-xa-ha-noi})
 * @param themes the EU data-theme codes (DCAT-AP themes, CKAN groups), e.g. {@code GOVE}
 * @param frequency the EU frequency code (e.g. {@code DAILY}, {@code MONTHLY}, {@code IRREGULAR})
 */
@RecordBuilder
public record Dataset(
        String name,
        String titleVi,
        String titleEn,
        String descriptionVi,
        String descriptionEn,
        Publisher publisher,
        String licenseId,
        List<String> themes,
        List<String> keywords,
        String frequency,
        LocalDate temporalStart,
        LocalDate temporalEnd,
        String spatial,
        Instant created,
        Instant modified,
        List<DataResource> resources) {

    public Dataset {
        themes = List.copyOf(themes);
        keywords = List.copyOf(keywords);
        resources = List.copyOf(resources);
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    public String description(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
    }
}
