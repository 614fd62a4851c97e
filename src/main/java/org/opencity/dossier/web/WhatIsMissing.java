package org.opencity.dossier.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;
import org.opencity.dossier.DossierView;
import org.opencity.procedure.Procedure;

/**
 * What a dossier still lacks before it can be sent, found the way sending would: required fields left empty,
 * required papers without a file, a fee neither paid nor claimed exempt. The check page lists them with a link to
 * their step, and a draft's page sends the resident to the first step that has one.
 *
 * @param fields the labels of the required fields left empty, in the reader's language
 * @param documents the required papers that have no file yet
 */
@RecordBuilder
record WhatIsMissing(List<String> fields, List<DossierView.Requirement> documents, boolean fee) {

    /** @param procedure null when the catalogue no longer has it: then no field is asked for */
    static WhatIsMissing of(DossierView dossier, Procedure procedure, Locale locale) {
        List<String> fields = procedure == null
                ? List.of()
                : procedure.formFields().stream()
                        .filter(f -> f.required() && blank(dossier.form().get(f.name())))
                        .map(f -> f.label(locale))
                        .toList();
        return WhatIsMissingBuilder.builder()
                .fields(fields)
                .documents(dossier.requirements().stream()
                        .filter(r -> r.required() && !r.answered())
                        .toList())
                .fee(!dossier.payment().settled())
                .build();
    }

    /** Public, as the check page asks it (SpEL finds public methods only). */
    public boolean nothing() {
        return fields.isEmpty() && documents.isEmpty() && !fee;
    }

    /** Where to carry on: the first step with something missing, or the check page when nothing is. */
    ApplyStep firstStep() {
        if (!fields.isEmpty()) {
            return ApplyStep.FORM;
        }
        if (!documents.isEmpty()) {
            return ApplyStep.DOCUMENTS;
        }
        return fee ? ApplyStep.FEE : ApplyStep.CHECK;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
