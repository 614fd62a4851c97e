package org.opencity.assistant.internal.faq;

/**
 * An FAQ entry was saved or retired. Published in the saving transaction; the assistant's index rebuilds once it
 * has committed (other nodes learn of it from their periodic look at the table, see {@code KnowledgeIndexRefresh}).
 */
public record FaqChanged(String code) {}
