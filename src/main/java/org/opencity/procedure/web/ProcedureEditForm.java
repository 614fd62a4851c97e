package org.opencity.procedure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opencity.identity.UnitKind;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.LifeEvent;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureChange;
import org.opencity.procedure.ProcedureChangeBuilder;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.RequiredDocument;

/**
 * The administrator's edit page as posted. Required documents are one per line, 'copies | name' (a line of the
 * loaded data may end with '| template file'); the form fields are kept as they are (the API changes them).
 *
 * @param unitKind null: no city unit receives it
 */
public record ProcedureEditForm(
        String nameVi,
        String nameEn,
        String fieldCode,
        ProcedureLevel level,
        String managingBody,
        String implementingUnit,
        UnitKind unitKind,
        String receivingAddress,
        Integer processingDays,
        String processingTimeText,
        String feeText,
        Long feeVnd,
        Long onlineFeeVnd,
        OnlineLevel onlineLevel,
        String legalBasis,
        String result,
        int minimumIdentityLevel,
        String documents,
        List<String> lifeEvents,
        int version) {

    static ProcedureEditForm of(Procedure p) {
        return new ProcedureEditForm(
                p.nameVi(),
                p.nameEn(),
                p.field().code(),
                p.level(),
                p.managingBody(),
                p.implementingUnit(),
                p.unitKind(),
                p.receivingAddress(),
                p.processingDays(),
                p.processingTimeText(),
                p.feeText(),
                p.feeVnd(),
                p.onlineFeeVnd(),
                p.onlineLevel(),
                p.legalBasis(),
                p.result(),
                p.minimumIdentityLevel(),
                documentLines(p.documents()),
                p.lifeEvents().stream().map(LifeEvent::code).toList(),
                p.version());
    }

    ProcedureChange toChange() {
        return ProcedureChangeBuilder.builder()
                .nameVi(nameVi)
                .nameEn(nameEn)
                .fieldCode(fieldCode)
                .level(level)
                .managingBody(managingBody)
                .implementingUnit(implementingUnit)
                .unitKind(unitKind)
                .receivingAddress(receivingAddress)
                .processingDays(processingDays)
                .processingTimeText(processingTimeText)
                .feeText(feeText)
                .feeVnd(feeVnd)
                .onlineFeeVnd(onlineFeeVnd)
                .documents(parseDocuments(documents))
                .formFields(null)
                .onlineLevel(onlineLevel)
                .legalBasis(legalBasis)
                .result(result)
                .minimumIdentityLevel(minimumIdentityLevel)
                .lifeEvents(lifeEvents == null ? List.of() : lifeEvents)
                .version(version)
                .build();
    }

    public boolean hasEvent(String code) {
        return lifeEvents != null && lifeEvents.contains(code);
    }

    private static String documentLines(List<RequiredDocument> documents) {
        return documents.stream()
                .map(d -> d.copies() + " | " + d.name() + (d.templateFile() == null ? "" : " | " + d.templateFile()))
                .collect(Collectors.joining("\n"));
    }

    private static List<ProcedureChange.Document> parseDocuments(String lines) {
        List<ProcedureChange.Document> documents = new ArrayList<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length < 2 || !parts[0].trim().matches("\\d{1,2}") || parts[1].isBlank()) {
                throw new InvalidRequest("problem.procedure.document-line", line.trim());
            }
            documents.add(new ProcedureChange.Document(
                    parts[1].trim(), Integer.parseInt(parts[0].trim()), parts.length == 3 ? parts[2].trim() : null));
        }
        return documents;
    }
}
