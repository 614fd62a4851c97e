package org.opencity.opendata.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.DatasetDraft;
import org.opencity.opendata.DatasetDraftBuilder;
import org.opencity.opendata.InvalidDataset;

/**
 * The administrators' form for a dataset's description, without JavaScript: themes as check boxes, keywords typed
 * separated by commas, dates as the browser's date fields send them (yyyy-mm-dd).
 */
class DatasetForm {

    private String name = "";
    private String titleVi = "";
    private String titleEn = "";
    private String descriptionVi = "";
    private String descriptionEn = "";
    private String publisher = "ubnd-tp-ha-noi";
    private String licenseId = "CC-BY-4.0";
    private List<String> themes = new ArrayList<>();
    private String keywords = "";
    private String frequency = "IRREGULAR";
    private String temporalStart = "";
    private String temporalEnd = "";
    private String spatial = "";

    /** A new dataset's form: the city, CC BY 4.0, irregular updates and the public sector's theme to start with. */
    static DatasetForm blank() {
        DatasetForm form = new DatasetForm();
        form.themes = new ArrayList<>(List.of("GOVE"));
        return form;
    }

    static DatasetForm of(Dataset d) {
        DatasetForm form = new DatasetForm();
        form.name = d.name();
        form.titleVi = d.titleVi();
        form.titleEn = d.titleEn();
        form.descriptionVi = d.descriptionVi();
        form.descriptionEn = d.descriptionEn();
        form.publisher = d.publisher().name();
        form.licenseId = d.licenseId();
        form.themes = new ArrayList<>(d.themes());
        form.keywords = String.join(", ", d.keywords());
        form.frequency = d.frequency();
        form.temporalStart = d.temporalStart() == null ? "" : d.temporalStart().toString();
        form.temporalEnd = d.temporalEnd() == null ? "" : d.temporalEnd().toString();
        form.spatial = d.spatial();
        return form;
    }

    /**
     * @throws InvalidDataset a date field holds something else than a date (a browser's date field never sends one)
     */
    DatasetDraft draft() {
        return DatasetDraftBuilder.builder()
                .name(name)
                .titleVi(titleVi)
                .titleEn(titleEn)
                .descriptionVi(descriptionVi)
                .descriptionEn(descriptionEn)
                .publisher(publisher)
                .licenseId(licenseId)
                .themes(themes)
                .keywords(Arrays.stream(keywords.split("[,;\\n]"))
                        .map(String::strip)
                        .toList())
                .frequency(frequency)
                .temporalStart(date("temporalStart", temporalStart))
                .temporalEnd(date("temporalEnd", temporalEnd))
                .spatial(spatial)
                .build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidDataset(List.of(new InvalidDataset.Violation(field, "problem.opendata.date")));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi == null ? "" : titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi == null ? "" : descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getLicenseId() {
        return licenseId;
    }

    public void setLicenseId(String licenseId) {
        this.licenseId = licenseId;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords == null ? "" : keywords;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getTemporalStart() {
        return temporalStart;
    }

    public void setTemporalStart(String temporalStart) {
        this.temporalStart = temporalStart == null ? "" : temporalStart;
    }

    public String getTemporalEnd() {
        return temporalEnd;
    }

    public void setTemporalEnd(String temporalEnd) {
        this.temporalEnd = temporalEnd == null ? "" : temporalEnd;
    }

    public String getSpatial() {
        return spatial;
    }

    public void setSpatial(String spatial) {
        this.spatial = spatial == null ? "" : spatial;
    }
}
