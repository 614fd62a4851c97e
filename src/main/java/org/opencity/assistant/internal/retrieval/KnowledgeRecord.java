package org.opencity.assistant.internal.retrieval;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * A procedure or an FAQ entry as the index sees it: its code, the title shown for it, and its texts by field.
 *
 * @param residentFacing between 0 and 1: how likely a resident means this record before reading the question (a
 *     ward-level procedure, one of a life event's procedures, an FAQ entry); among records that match a question
 *     about as well, the more resident-facing comes first
 */
@RecordBuilder
record KnowledgeRecord(
        String code, KnowledgeKind kind, String title, Map<KnowledgeField, List<String>> texts, float residentFacing) {

    KnowledgeRecord {
        texts = Map.copyOf(texts);
    }
}
