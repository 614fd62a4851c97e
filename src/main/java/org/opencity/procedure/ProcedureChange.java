package org.opencity.procedure;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opencity.identity.UnitKind;

/**
 * An administrator's new version of a procedure, made from the version they read ({@code version}).
 *
 * @param unitKind null when no city unit receives it (a ministry's procedure)
 * @param managingBody null keeps the current one (a client written before the field existed)
 * @param receivingAddress null keeps the current one; blank removes it
 */
@RecordBuilder
public record ProcedureChange(
        @NotBlank @Size(max = 2000) String nameVi,
        @Size(max = 2000) String nameEn,
        @NotBlank String fieldCode,
        @NotNull ProcedureLevel level,
        @Size(max = 1000) String managingBody,
        @NotBlank @Size(max = 2000) String implementingUnit,
        UnitKind unitKind,
        @Size(max = 4000) String receivingAddress,
        @Min(0) @Max(365) Integer processingDays,
        @Size(max = 2000) String processingTimeText,
        @Size(max = 8000) String feeText,
        @Min(0) Long feeVnd,
        @Min(0) Long onlineFeeVnd,
        @NotNull @Size(max = 100) List<@Valid Document> documents,
        @Size(max = 50) List<@Valid Field> formFields,
        @NotNull OnlineLevel onlineLevel,
        @Size(max = 8000) String legalBasis,
        @Size(max = 8000) String result,
        @Min(0) @Max(2) int minimumIdentityLevel,
        @Size(max = 20) List<String> lifeEvents,
        @Min(0) int version) {

    public record Document(
            @NotBlank @Size(max = 4000) String name,
            @Min(0) @Max(20) int copies,
            @Size(max = 100) String templateFile) {

        RequiredDocument toDocument() {
            return new RequiredDocument(
                    name.trim(), copies, templateFile == null || templateFile.isBlank() ? null : templateFile.trim());
        }
    }

    public record Field(
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 200) String labelVi,
            @Size(max = 200) String labelEn,
            @NotNull FormFieldType type,
            boolean required,
            @Size(max = 30) List<String> options) {

        FormField toFormField() {
            return new FormField(name.trim(), labelVi.trim(), labelEn, type, required, options);
        }
    }

    List<RequiredDocument> requiredDocuments() {
        return documents.stream().map(Document::toDocument).toList();
    }

    List<FormField> fields() {
        return formFields == null
                ? List.of()
                : formFields.stream().map(Field::toFormField).toList();
    }

    List<String> lifeEventCodes() {
        return lifeEvents == null ? List.of() : lifeEvents.stream().distinct().toList();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.trim();
    }

    String managingBodyOr(String current) {
        return managingBody == null ? current : managingBody.trim();
    }

    String receivingAddressOr(String current) {
        if (receivingAddress == null) {
            return current;
        }
        return receivingAddress.isBlank() ? null : receivingAddress.trim();
    }
}
