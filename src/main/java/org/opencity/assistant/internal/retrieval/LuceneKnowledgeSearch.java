package org.opencity.assistant.internal.retrieval;

import java.io.IOException;
import java.util.Optional;
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
    private final Object rebuilding = new Object();
    private volatile SourceState builtFrom;

    LuceneKnowledgeSearch(KnowledgeSources sources, VietnameseAnalysis analysis) {
        this.sources = sources;
        this.index = new KnowledgeIndex(analysis);
    }

    @Override
    public SearchResult search(String question, int limit) {
        if (builtFrom == null) {
            rebuildIfNeverBuilt();
        }
        return index.search(question, limit);
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
}
