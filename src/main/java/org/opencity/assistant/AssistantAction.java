package org.opencity.assistant;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Something the resident can do next, offered with an answer.
 *
 * @param label what the link or button says, in the answer's language
 * @param url a page of the platform (GET), or for {@link ActionKind#TALK_TO_PERSON} the API address to POST the
 *     hand-over to
 */
@RecordBuilder
public record AssistantAction(ActionKind kind, String label, String url) {}
