package org.opencity.assistant.internal.review;

/** Words were attached to a procedure: the search index takes them in. */
public record ProcedureAliasesChanged(String procedureCode) {}
