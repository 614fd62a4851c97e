package org.opencity.procedure;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One line of a search result, in the reader's language.
 *
 * @param nameLanguage the language of {@code name}: "vi" on an English page when the procedure has no English name
 */
@RecordBuilder
public record ProcedureSummary(
        String code,
        String name,
        String nameLanguage,
        String fieldCode,
        String fieldName,
        ProcedureLevel level,
        String managingBody,
        Integer processingDays,
        Long feeVnd,
        OnlineLevel onlineLevel) {}
