package org.opencity.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.opencity.identity.UnitKind;

/**
 * Everything the catalogue knows about one procedure, as residents, officers and the dossier module read it.
 *
 * @param processingDays legal processing time in working days; null when the source does not say
 * @param feeVnd fee in dong for an in-person application; 0 = free; null when it is not a plain amount
 *               (a table, a per-page rate, set by the city council): then read {@code feeText}
 * @param onlineFeeVnd fee in dong when applying online, same conventions
 * @param minimumIdentityLevel the account identity level needed to apply online (0 = none, 2 = verified person)
 * @param version optimistic version, raised by every administrator change
 */
public record Procedure(
        String code,
        String nameVi,
        String nameEn,
        ProcedureField field,
        ProcedureLevel level,
        String implementingUnit,
        UnitKind unitKind,
        Integer processingDays,
        String processingTimeText,
        String feeText,
        Long feeVnd,
        Long onlineFeeVnd,
        List<RequiredDocument> documents,
        List<FormField> formFields,
        OnlineLevel onlineLevel,
        String legalBasis,
        String result,
        List<LifeEvent> lifeEvents,
        int minimumIdentityLevel,
        String sourceUrl,
        int version,
        Instant updatedAt) {

    public Procedure {
        documents = List.copyOf(documents);
        formFields = List.copyOf(formFields);
        lifeEvents = List.copyOf(lifeEvents);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : nameVi;
    }

    /** Whether a resident can submit a dossier for it online. */
    public boolean onlineCapable() {
        return onlineLevel.online();
    }

    public boolean free() {
        return feeVnd != null && feeVnd == 0;
    }

    public ProcedureSummary summary(Locale locale) {
        return new ProcedureSummary(
                code, name(locale), field.code(), field.name(locale), level, processingDays, feeVnd, onlineLevel);
    }
}
