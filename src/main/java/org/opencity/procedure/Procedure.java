package org.opencity.procedure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.opencity.identity.UnitKind;

/**
 * Everything the catalogue knows about one procedure, as residents, officers and the dossier module read it.
 *
 * @param nameEn English name, blank when there is none (pages then show the Vietnamese name, marked as such)
 * @param managingBody the ministry (or central body) that publishes the procedure, e.g. "Bộ Công an"
 * @param implementingUnit the office that handles it
 * @param unitKind the kind of city unit that receives it; null when no city unit does (a ministry's procedure)
 * @param receivingAddress where the office receives applications, when the national catalogue says; else null
 * @param onlineElsewhere the national catalogue lists an online channel for it, outside OpenCity
 * @param processingDays legal processing time in working days; null when the source does not say
 * @param feeVnd fee in dong for an in-person application; 0 = free; null when it is not a plain amount
 *               (a table, a per-page rate, set by the city council): then read {@code feeText}
 * @param onlineFeeVnd fee in dong when applying online, same conventions
 * @param formFields what a resident fills in when applying online here; empty for a procedure OpenCity does not
 *     receive
 * @param onlineLevel how far OpenCity takes it online; {@link OnlineLevel#INFORMATION_ONLY}: described here, done
 *     at {@link #whereToGo()}
 * @param minimumIdentityLevel the account identity level needed to apply online (0 = none, 2 = verified person)
 * @param version optimistic version, raised by every administrator change
 */
@RecordBuilder
public record Procedure(
        String code,
        String nameVi,
        String nameEn,
        ProcedureField field,
        ProcedureLevel level,
        String managingBody,
        String implementingUnit,
        UnitKind unitKind,
        @JsonIgnore String receivingAddress,
        @JsonIgnore boolean onlineElsewhere,
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

    private static final String VIETNAMESE = "vi";

    public Procedure {
        documents = List.copyOf(documents);
        formFields = List.copyOf(formFields);
        lifeEvents = List.copyOf(lifeEvents);
        managingBody = managingBody == null ? "" : managingBody;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : nameVi;
    }

    /** The language {@link #name(Locale)} is in: an English page shows a Vietnamese name when there is no other. */
    public String nameLanguage(Locale locale) {
        return name(locale).equals(nameVi) ? VIETNAMESE : locale.getLanguage();
    }

    /** Whether a resident can submit a dossier for it online. */
    public boolean onlineCapable() {
        return onlineLevel.online();
    }

    /** The office, its address and whether it is online elsewhere: what a resident needs to go there. */
    @JsonProperty("whereToGo")
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    public WhereToGo whereToGo() {
        return new WhereToGo(implementingUnit, receivingAddress, onlineElsewhere);
    }

    public boolean free() {
        return feeVnd != null && feeVnd == 0;
    }

    public ProcedureSummary summary(Locale locale) {
        return ProcedureSummaryBuilder.builder()
                .code(code)
                .name(name(locale))
                .nameLanguage(nameLanguage(locale))
                .fieldCode(field.code())
                .fieldName(field.name(locale))
                .level(level)
                .managingBody(managingBody)
                .processingDays(processingDays)
                .feeVnd(feeVnd)
                .onlineLevel(onlineLevel)
                .build();
    }
}
