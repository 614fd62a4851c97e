package org.opencity.assistant.internal.retrieval;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A resident's question as a Lucene query: every field's words and syllable pairs, each weighted by how much a
 * match there says about the record (a name or an FAQ question more than a document list). Any term may match
 * (BM25 ranks the records that match the rarest terms in the most telling fields first).
 */
final class QuestionQuery {

    private final QueryBuilder builder;

    QuestionQuery(VietnameseAnalysis analysis) {
        builder = new QueryBuilder(analysis.queryAnalyzer());
        // "sổ đỏ" → "giấy chứng nhận quyền sử dụng đất" is one phrase, not six separate words.
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** Null when the question has no searchable word (only stop words, punctuation). */
    Query of(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (KnowledgeField field : KnowledgeField.values()) {
            any |= add(query, builder.createBooleanQuery(field.words(), question), field.wordWeight);
            if (field.pairWeight > 0) {
                any |= add(query, builder.createBooleanQuery(field.pairs(), question), field.pairWeight);
            }
        }
        return any ? query.build() : null;
    }

    private static boolean add(BooleanQuery.Builder query, Query part, float weight) {
        if (part == null || weight == 0) {
            return false;
        }
        query.add(new BoostQuery(part, weight), BooleanClause.Occur.SHOULD);
        return true;
    }
}
