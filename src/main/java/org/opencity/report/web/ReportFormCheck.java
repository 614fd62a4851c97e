package org.opencity.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.identity.AccountId;
import org.opencity.platform.FormErrors;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.report.Category;
import org.opencity.report.CategoryAttribute;
import org.opencity.report.PhotoTooLarge;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportProperties;
import org.opencity.report.UploadedPhoto;
import org.opencity.report.internal.AttributeCheck;
import org.opencity.report.internal.PendingPhoto;
import org.opencity.report.internal.PendingPhotos;
import org.opencity.report.internal.PhotoProcessor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks the resident's report form field by field, so that every problem is shown at once next to its field,
 * in the order of the form (the submission itself stops at the first). It uses the rules the submission uses:
 * the same categories, locator, photo checks and answer checks.
 */
@Component
class ReportFormCheck {

    private final ReportManagement reports;
    private final PlaceDescriber places;
    private final PhotoProcessor photoChecks;
    private final PendingPhotos pending;
    private final ReportProperties limits;
    private final MessageSource messages;
    private final ProblemWriter problems;

    ReportFormCheck(
            ReportManagement reports,
            PlaceDescriber places,
            PhotoProcessor photoChecks,
            PendingPhotos pending,
            ReportProperties limits,
            MessageSource messages,
            ProblemWriter problems) {
        this.reports = reports;
        this.places = places;
        this.photoChecks = photoChecks;
        this.pending = pending;
        this.limits = limits;
        this.messages = messages;
        this.problems = problems;
    }

    CheckedReportForm forSubmission(AccountId owner, ReportFormInput input, Locale locale) {
        FormErrors errors = FormErrors.none();
        Category category = category(input.form().categoryCode(), errors, locale);
        PlaceDescription place = place(input, errors, locale);
        description(input.form().description(), errors, locale);
        Map<String, List<String>> answers =
                category == null ? Map.of() : answers(category, input.answers(), errors, locale);
        return photos(owner, input, errors, locale)
                .place(place)
                .answers(answers)
                .build();
    }

    /**
     * Looking for similar reports needs a category and a place; the description may still be empty. Photos chosen
     * meanwhile are checked so that the good ones can be held.
     */
    CheckedReportForm forNearbyCheck(AccountId owner, ReportFormInput input, Locale locale) {
        FormErrors errors = FormErrors.none();
        category(input.form().categoryCode(), errors, locale);
        PlaceDescription place = place(input, errors, locale);
        return photos(owner, input, errors, locale)
                .place(place)
                .answers(Map.of())
                .build();
    }

    private Category category(String code, FormErrors errors, Locale locale) {
        if (code == null || code.isBlank()) {
            errors.add("categoryCode", message("report.error.category-missing", locale));
            return null;
        }
        try {
            return reports.category(code);
        } catch (LocalizedProblem unknown) {
            errors.add("categoryCode", problems.message(unknown, locale));
            return null;
        }
    }

    private PlaceDescription place(ReportFormInput input, FormErrors errors, Locale locale) {
        if (input.coordinatesUnreadable()) {
            errors.add("lat", message("report.error.coordinates-unreadable", locale));
            return null;
        }
        ReportForm form = input.form();
        PlaceDescription place = places.describe(form.lat(), form.lon(), form.address(), locale);
        if (!place.found()) {
            errors.add("lat", place.text());
            return null;
        }
        return place;
    }

    private void description(String description, FormErrors errors, Locale locale) {
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            errors.add("description", message("report.error.description-missing", locale));
        } else if (text.length() > ReportManagement.MAX_DESCRIPTION) {
            errors.add(
                    "description",
                    message("report.error.description-too-long", locale, ReportManagement.MAX_DESCRIPTION));
        }
    }

    /**
     * The chosen category's answers, each question checked on its own so each field shows its own problem; answers
     * to other categories' questions are not looked at, and do not go with the report.
     */
    private Map<String, List<String>> answers(
            Category category, CategoryAnswers given, FormErrors errors, Locale locale) {
        List<CategoryAttribute> questions = reports.attributes(category.code());
        Map<String, List<String>> answers = given.to(questions);
        for (CategoryAttribute question : questions) {
            try {
                AttributeCheck.checked(List.of(question), answers);
            } catch (LocalizedProblem wrong) {
                String key = wrong.messageKey().endsWith("required")
                        ? "report.error.answer-required"
                        : "report.error.answer-invalid";
                errors.add(
                        CategoryAnswers.fieldId(category.code(), question.code()),
                        message(key, locale, question.description(locale)));
            }
        }
        return answers;
    }

    private CheckedReportFormBuilder photos(AccountId owner, ReportFormInput input, FormErrors errors, Locale locale) {
        List<String> wrong = new ArrayList<>();
        List<PendingPhoto> held = pending.held(owner, input.wantedPhotos());
        if (held.size() < input.wantedPhotos().size()) {
            wrong.add(message("report.error.photos-expired", locale));
        }
        List<CheckedUpload> chosen = new ArrayList<>();
        for (UploadedPhoto upload : Uploads.photos(input.files())) {
            try {
                chosen.add(new CheckedUpload(upload, photoChecks.process(upload)));
            } catch (PhotoTooLarge tooLarge) {
                wrong.add(message(
                        "report.error.photo-too-large",
                        locale,
                        upload.filename(),
                        limits.maxPhotoSize().toMegabytes()));
            } catch (LocalizedProblem refused) {
                wrong.add(problems.message(refused, locale));
            }
        }
        int room = Math.max(0, limits.maxPhotos() - held.size());
        if (chosen.size() > room) {
            wrong.add(message("report.error.too-many-photos", locale, limits.maxPhotos()));
            chosen = List.copyOf(chosen.subList(0, room));
        }
        if (!wrong.isEmpty()) {
            errors.add("photos", String.join(" ", wrong));
        }
        return CheckedReportFormBuilder.builder()
                .errors(errors)
                .heldPhotos(held)
                .newPhotos(chosen);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
