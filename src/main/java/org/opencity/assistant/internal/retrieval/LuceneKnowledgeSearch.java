package org.opencity.assistant.internal.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Retrieval on Apache Lucene: BM25 over every procedure of the catalogue and every FAQ entry valid today, in an
 * in-memory index that each node builds for itself ({@link KnowledgeIndexRefresh} says when).
 */
@Service
class LuceneKnowledgeSearch implements KnowledgeSearch, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeSearch.class);

    private final KnowledgeSources sources;
    private final KnowledgeIndex index;
    private final QuestionQuery questions;
    private final Object rebuilding = new Object();
    private volatile SourceState builtFrom;

    LuceneKnowledgeSearch(KnowledgeSources sources, VietnameseAnalysis analysis) {
        this.sources = sources;
        this.index = new KnowledgeIndex(analysis);
        this.questions = new QuestionQuery(analysis);
    }

    @Override
    public SearchResult search(String question, int limit) {
        if (builtFrom == null) {
            rebuildIfNeverBuilt();
        }
        Query query = questions.of(question);
        if (query == null || limit < 1) {
            return SearchResult.nothing();
        }
        return index.search(searcher -> result(searcher, searcher.search(query, Math.max(limit, 2)), limit));
    }

    /** Reads the catalogue and the FAQ again and replaces the whole index with them. */
    void rebuild() {
        synchronized (rebuilding) {
            long start = System.nanoTime();
            KnowledgeSources.Snapshot snapshot = sources.read();
            index.replaceAll(snapshot.records());
            builtFrom = snapshot.state();
            log.info(
                    "Assistant index built: {} records in {} ms",
                    snapshot.records().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** What the current index was built from; empty before the first build. */
    Optional<SourceState> builtFrom() {
        return Optional.ofNullable(builtFrom);
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }

    private void rebuildIfNeverBuilt() {
        synchronized (rebuilding) {
            if (builtFrom == null) {
                rebuild();
            }
        }
    }

    private static SearchResult result(IndexSearcher searcher, TopDocs top, int limit) throws IOException {
        List<KnowledgeHit> hits = new ArrayList<>();
        for (ScoreDoc scored : top.scoreDocs) {
            if (hits.size() == limit) {
                break;
            }
            Document document = searcher.storedFields().document(scored.doc);
            hits.add(KnowledgeHitBuilder.builder()
                    .code(document.get(KnowledgeIndex.CODE))
                    .kind(KnowledgeKind.valueOf(document.get(KnowledgeIndex.KIND)))
                    .title(document.get(KnowledgeIndex.TITLE))
                    .score(scored.score)
                    .build());
        }
        return new SearchResult(hits, Confidence.of(top.scoreDocs));
    }
}
