package org.opencity.procedure;

/** One line of a search result, in the reader's language. */
public record ProcedureSummary(
        String code,
        String name,
        String fieldCode,
        String fieldName,
        ProcedureLevel level,
        Integer processingDays,
        Long feeVnd,
        OnlineLevel onlineLevel) {}
