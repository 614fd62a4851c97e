package org.opencity.assistant.internal.answer;

/**
 * The procedure a conversation is about, which follow-ups refer to.
 *
 * @param confidence how sure retrieval was when the procedure was found
 */
public record Topic(String code, double confidence) {}
