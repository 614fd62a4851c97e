package org.opencity.assistant.internal.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The records in an in-memory Lucene index. A rebuild replaces every record in one step: searches running meanwhile
 * keep the searcher they started with, and the next search sees the whole new set (Lucene's SearcherManager counts
 * who still uses an old searcher).
 */
final class KnowledgeIndex implements Closeable {

    static final String CODE = "code";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String FEATURES = "features";
    static final String RESIDENT_FACING = "residentFacing";

    /** How many first-pass hits the resident-facing prior may reorder. */
    private static final int RERANKED = 50;

    /** How much being fully resident-facing raises a score: 1 + this × the record's {@code residentFacing}. */
    static final float RESIDENT_FACING_WEIGHT = 0.3f;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QuestionQuery questions;

    KnowledgeIndex(VietnameseAnalysis analysis) {
        questions = new QuestionQuery(analysis);
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.indexAnalyzer()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every record by these; visible to searches once all are in. */
    synchronized void replaceAll(List<KnowledgeRecord> records) {
        try {
            writer.deleteAll();
            for (KnowledgeRecord record : records) {
                writer.addDocument(document(record));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records that answer the question best, first; nothing when it has no searchable word. */
    SearchResult search(String question, int limit) {
        if (limit < 1) {
            return SearchResult.nothing();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = questions.of(question, searcher.getIndexReader());
                if (query == null) {
                    return SearchResult.nothing();
                }
                TopDocs firstPass;
                try {
                    firstPass = searcher.search(query, Math.max(limit, RERANKED));
                } catch (IndexSearcher.TooManyClauses tooLong) {
                    // Each word becomes a clause per field (and its synonyms more): a very long question is cut to
                    // its first half, which says what it is about, until Lucene accepts it.
                    return search(firstHalf(question), limit);
                }
                return result(searcher, RESIDENT_FACING_FIRST.rescore(searcher, firstPass, Math.max(limit, 2)), limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstHalf(String question) {
        String[] words = question.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, words.length / 2));
    }

    /** BM25 first, then the prior: score × (1 + weight × residentFacing). */
    private static final QueryRescorer RESIDENT_FACING_FIRST =
            new QueryRescorer(FeatureField.newLinearQuery(FEATURES, RESIDENT_FACING, 1f)) {
                @Override
                protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                    return firstPassScore * (1 + (secondPassMatches ? RESIDENT_FACING_WEIGHT * secondPassScore : 0));
                }
            };

    private static SearchResult result(IndexSearcher searcher, TopDocs top, int limit) throws IOException {
        List<KnowledgeHit> hits = new ArrayList<>();
        for (ScoreDoc scored : top.scoreDocs) {
            if (hits.size() == limit) {
                break;
            }
            Document document = searcher.storedFields().document(scored.doc);
            hits.add(KnowledgeHitBuilder.builder()
                    .code(document.get(CODE))
                    .kind(KnowledgeKind.valueOf(document.get(KIND)))
                    .title(document.get(TITLE))
                    .score(scored.score)
                    .build());
        }
        return new SearchResult(hits, Confidence.of(top.scoreDocs));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private static Document document(KnowledgeRecord record) {
        Document document = new Document();
        document.add(new StringField(CODE, record.code(), Field.Store.YES));
        document.add(new StringField(KIND, record.kind().name(), Field.Store.YES));
        document.add(new StoredField(TITLE, record.title()));
        if (record.residentFacing() > 0) {
            document.add(new FeatureField(FEATURES, RESIDENT_FACING, record.residentFacing()));
        }
        for (Map.Entry<KnowledgeField, List<String>> text : record.texts().entrySet()) {
            for (String value : text.getValue()) {
                if (value != null && !value.isBlank()) {
                    document.add(new TextField(text.getKey().words(), value, Field.Store.NO));
                    document.add(new TextField(text.getKey().pairs(), value, Field.Store.NO));
                }
            }
        }
        return document;
    }
}
