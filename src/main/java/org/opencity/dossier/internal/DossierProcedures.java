package org.opencity.dossier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.dossier.DossierDocument;
import org.opencity.dossier.DossierView;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.FormField;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.procedure.RequiredDocument;
import org.springframework.stereotype.Component;

/**
 * A dossier's procedure as the catalogue describes it: the papers it asks for and which of them are required, its
 * form fields, and the values a resident may give them.
 */
@Component
class DossierProcedures {

    private static final int MAX_VALUE = 2000;

    private final ProcedureCatalogue catalogue;

    DossierProcedures(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The procedure by its code; unknown to the catalogue is a problem. */
    Procedure procedure(String code) {
        return catalogue.get(ProcedureCode.of(code));
    }

    /** The papers the dossier's procedure asks for (none if the catalogue no longer has it). */
    List<RequiredDocument> documentsOf(DossierRecord d) {
        return catalogue
                .find(ProcedureCode.of(d.procedureCode()))
                .map(Procedure::documents)
                .orElse(List.of());
    }

    /** The procedure's papers, each with whether it is required and whether one of the files answers it. */
    static List<DossierView.Requirement> requirements(List<RequiredDocument> required, List<DossierDocument> files) {
        List<DossierView.Requirement> list = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            int index = i;
            RequiredDocument document = required.get(i);
            list.add(new DossierView.Requirement(
                    i,
                    document.name(),
                    document.copies(),
                    isRequired(document),
                    files.stream().anyMatch(f -> f.requirement() != null && f.requirement() == index)));
        }
        return list;
    }

    /**
     * The catalogue lists conditional papers too ("Trường hợp trẻ em bị bỏ rơi…", "Văn bản ủy quyền … trong trường hợp
     * ủy quyền", "… (nếu có)", "Đối với…"); only the others are required. What decides is the paper's own clause, before
     * the first semicolon: "Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp…" is required, the rest of
     * the sentence only names what may replace it. Papers of which no copy is asked for are never required.
     */
    static boolean isRequired(RequiredDocument document) {
        String name = document.name().toLowerCase(Locale.ROOT).strip().replaceFirst("^[-–•*\\s]+", "");
        int semicolon = name.indexOf(';');
        String paper = semicolon < 0 ? name : name.substring(0, semicolon);
        boolean conditional = paper.startsWith("trường hợp")
                || paper.startsWith("đối với")
                || paper.startsWith("nếu")
                || paper.contains("trong trường hợp")
                || paper.contains("nếu có");
        return document.copies() > 0 && !conditional;
    }

    /** The form values under the labels the procedure gives its fields, in the procedure's order, for the result. */
    Map<String, String> labelled(DossierRecord dossier) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : procedure(dossier.procedureCode()).formFields()) {
            String value = dossier.formData().get(field.name());
            if (value != null) {
                values.put(field.labelVi(), value);
            }
        }
        return values;
    }

    /** Keeps the procedure's fields only, trimmed; on submission every required one must be there. */
    static Map<String, String> cleaned(Procedure procedure, Map<String, String> form, boolean complete) {
        Map<String, String> values = new HashMap<>();
        for (FormField field : procedure.formFields()) {
            String value = form == null ? null : trim(form.get(field.name()));
            if (value != null && value.length() > MAX_VALUE) {
                throw new InvalidRequest("problem.dossier.value-too-long", field.labelVi(), MAX_VALUE);
            }
            if (value != null) {
                values.put(field.name(), value);
            } else if (complete && field.required()) {
                throw new MissingField(field.labelVi());
            }
        }
        return values;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
