package org.opencity.assistant.internal.retrieval;

/** What a retrieved record is: a procedure of the catalogue or an entry of the city's FAQ. */
public enum KnowledgeKind {
    PROCEDURE,
    FAQ
}
