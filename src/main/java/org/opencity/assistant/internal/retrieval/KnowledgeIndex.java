package org.opencity.assistant.internal.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
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

    private final IndexWriter writer;
    private final SearcherManager searchers;

    KnowledgeIndex(VietnameseAnalysis analysis) {
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

    interface Search<T> {
        T in(IndexSearcher searcher) throws IOException;
    }

    <T> T search(Search<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.in(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
