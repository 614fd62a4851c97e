package org.opencity.assistant.internal.retrieval;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * A procedure or an FAQ entry as the index sees it: its code, the title shown for it, and its texts by field.
 */
@RecordBuilder
record KnowledgeRecord(String code, KnowledgeKind kind, String title, Map<KnowledgeField, List<String>> texts) {

    KnowledgeRecord {
        texts = Map.copyOf(texts);
    }
}
