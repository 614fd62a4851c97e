package org.opencity.assistant.internal.retrieval;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One record the question matched, best first.
 *
 * @param code the procedure's national code (e.g. {@code 1.001193}) or the FAQ entry's code (e.g. {@code FAQ-012})
 * @param kind procedure or FAQ entry
 * @param title the record's name, in Vietnamese as the catalogue has it
 * @param score the retrieval score, only comparable within one search
 */
@RecordBuilder
public record KnowledgeHit(String code, KnowledgeKind kind, String title, double score) {}
