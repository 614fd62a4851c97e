package org.opencity.assistant;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A record an answer cites: a procedure of the catalogue, an FAQ entry of the city or a ward.
 *
 * @param code the national procedure code, the FAQ code or the ward code
 * @param name the record's name as the record has it
 * @param url where a person reads the whole record, e.g. {@code /procedures/1.001193}
 * @param score retrieval's score, comparable only within one answer (1 for a record found by exact look-up)
 */
@RecordBuilder
public record Source(String code, String name, String url, double score) {}
