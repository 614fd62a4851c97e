package org.opencity.assistant.internal.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
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

    /** How many first-pass hits the resident-facing prior, the name coverage and the siblings may reorder. */
    private static final int RERANKED = 50;

    /** How much being fully resident-facing raises a score: 1 + this × the record's {@code residentFacing}. */
    static final float RESIDENT_FACING_WEIGHT = 0.3f;

    /**
     * How much a name the question says all of raises a score: × (1 + this × the share of the name's words the
     * question has, its synonyms included; for an FAQ entry, its best-covered question). Among records that match the
     * same rare words, the one whose name is no more specific than the question comes first ("đăng ký kết hôn" before
     * "đăng ký kết hôn có yếu tố nước ngoài" when the question does not mention a foreigner). 1.0 on bench/assistant's
     * odd-numbered questions (0.3, 0.6, 1.5 and 2.0 tried), checked on the even ones.
     */
    static final float NAME_COVERAGE_WEIGHT = 1.0f;

    /**
     * What a score counts when a sibling (the same procedure at another level, {@link KnowledgeRecords#siblingKey})
     * already ranks above it: a list of answers then shows other procedures before the same one again.
     */
    static final float SIBLING_WEIGHT = 0.5f;

    /**
     * How much a hit whose names say all of the question's rare words raises a score: × (1 + … + this × the share of
     * the question's typed words, each weighted by its rarity in the names and FAQ questions (IDF), that the hit's
     * name or any of an FAQ entry's questions has). The salient words ("đa cấp", "bức xạ", "hộ chiếu") must be in the
     * name, not only in a document list or a legal basis. 2.0 on the odd-numbered questions (0.5, 1, 3 and 4 tried),
     * checked on the even ones.
     */
    static final float QUESTION_COVERAGE_WEIGHT = 2.0f;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QuestionQuery questions;
    private final VietnameseAnalysis analysis;

    /** Each record's names (a procedure's name, an FAQ entry's questions) as sets of index terms, by code. */
    private volatile Map<String, List<Set<String>>> names = Map.of();

    /** Each procedure's {@link KnowledgeRecords#siblingKey}, by code. */
    private volatile Map<String, String> siblings = Map.of();

    /** The code of each document of a reader, so that re-ranking reads no stored fields. */
    private record Codes(IndexReader reader, String[] byDoc) {}

    private volatile Codes codes = new Codes(null, new String[0]);

    KnowledgeIndex(VietnameseAnalysis analysis) {
        this.analysis = analysis;
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
            Map<String, List<Set<String>>> named = new HashMap<>();
            Map<String, String> keys = new HashMap<>();
            for (KnowledgeRecord record : records) {
                writer.addDocument(document(record));
                List<Set<String>> sets = new ArrayList<>();
                for (KnowledgeField field : List.of(KnowledgeField.NAME, KnowledgeField.QUESTIONS)) {
                    for (String text : record.texts().getOrDefault(field, List.of())) {
                        Set<String> terms = new HashSet<>(analysis.nameTerms(text));
                        if (!terms.isEmpty()) {
                            sets.add(terms);
                        }
                    }
                }
                named.put(record.code(), sets);
                if (record.kind() == KnowledgeKind.PROCEDURE) {
                    keys.put(record.code(), KnowledgeRecords.siblingKey(record.title()));
                }
            }
            names = named;
            siblings = keys;
            writer.commit();
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                String[] byDoc = new String[reader.maxDoc()];
                StoredFields stored = reader.storedFields();
                for (int doc = 0; doc < byDoc.length; doc++) {
                    byDoc[doc] = stored.document(doc, Set.of(CODE)).get(CODE);
                }
                codes = new Codes(reader, byDoc);
            } finally {
                searchers.release(searcher);
            }
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
                TopDocs rescored = RESIDENT_FACING_FIRST.rescore(searcher, firstPass, Math.max(limit, RERANKED));
                // Confidence is read before the name coverage: it was calibrated on how well the question matches at
                // all.
                return result(
                        searcher, byCoverage(searcher, question, rescored), limit, Confidence.of(rescored.scoreDocs));
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

    private record Scored(int doc, String code, float score) {}

    private String code(IndexSearcher searcher, int doc) throws IOException {
        Codes known = codes;
        return known.reader() == searcher.getIndexReader()
                ? known.byDoc()[doc]
                : searcher.storedFields().document(doc).get(CODE);
    }

    /**
     * The first-pass hits again, each score raised by how much of the hit's name the question says (see
     * {@link #NAME_COVERAGE_WEIGHT}) and how much of the question's rare words its names have (see
     * {@link #QUESTION_COVERAGE_WEIGHT}), then a sibling of a hit ranked above lowered (see {@link #SIBLING_WEIGHT}).
     */
    private List<Scored> byCoverage(IndexSearcher searcher, String question, TopDocs top) throws IOException {
        Set<String> asked = new HashSet<>(analysis.expandedQuestionTerms(question));
        Map<String, Double> typed = new HashMap<>();
        double typedWeight = 0;
        IndexReader reader = searcher.getIndexReader();
        for (String term : analysis.questionTerms(KnowledgeField.NAME, false, question)) {
            if (!typed.containsKey(term)) {
                long named = reader.docFreq(new Term(KnowledgeField.NAME.words(), term))
                        + reader.docFreq(new Term(KnowledgeField.QUESTIONS.words(), term));
                double rarity = Math.log(1 + reader.numDocs() / (named + 1.0));
                typed.put(term, rarity);
                typedWeight += rarity;
            }
        }
        List<Scored> scored = new ArrayList<>();
        Map<String, List<Set<String>>> byCode = names;
        for (ScoreDoc hit : top.scoreDocs) {
            String code = code(searcher, hit.doc);
            double nameCovered = 0;
            Set<String> union = new HashSet<>();
            for (Set<String> name : byCode.getOrDefault(code, List.of())) {
                long inQuestion = name.stream().filter(asked::contains).count();
                nameCovered = Math.max(nameCovered, (double) inQuestion / name.size());
                union.addAll(name);
            }
            double questionCovered = 0;
            if (typedWeight > 0) {
                for (Map.Entry<String, Double> t : typed.entrySet()) {
                    if (union.contains(t.getKey())) {
                        questionCovered += t.getValue();
                    }
                }
                questionCovered /= typedWeight;
            }
            scored.add(new Scored(hit.doc, code, (float) (hit.score
                    * (1 + NAME_COVERAGE_WEIGHT * nameCovered + QUESTION_COVERAGE_WEIGHT * questionCovered))));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Map<String, String> keys = siblings;
        Set<String> shown = new HashSet<>();
        List<Scored> once = new ArrayList<>();
        for (Scored hit : scored) {
            String key = keys.get(hit.code());
            once.add(
                    key == null || shown.add(key)
                            ? hit
                            : new Scored(hit.doc(), hit.code(), hit.score() * SIBLING_WEIGHT));
        }
        once.sort(Comparator.comparingDouble(Scored::score).reversed());
        return once;
    }

    private static SearchResult result(IndexSearcher searcher, List<Scored> top, int limit, double confidence)
            throws IOException {
        List<KnowledgeHit> hits = new ArrayList<>();
        for (Scored scored : top) {
            if (hits.size() == limit) {
                break;
            }
            Document document = searcher.storedFields().document(scored.doc());
            hits.add(KnowledgeHitBuilder.builder()
                    .code(document.get(CODE))
                    .kind(KnowledgeKind.valueOf(document.get(KIND)))
                    .title(document.get(TITLE))
                    .score(scored.score())
                    .build());
        }
        return new SearchResult(hits, confidence);
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
