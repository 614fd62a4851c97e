package org.opencity.assistant.internal.retrieval;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opencity.assistant.internal.faq.FaqChanged;
import org.opencity.assistant.internal.review.ProcedureAliasesChanged;
import org.opencity.procedure.ProcedureCatalogueChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When each node rebuilds its index: once the application is ready; as soon as an FAQ change made on this node has
 * committed ({@link FaqChanged}); and when its periodic look at the sources finds them changed elsewhere. That look
 * compares the FAQ table's newest {@code updated_at} and size (every minute, one small query) and the catalogue's
 * procedures, versions and newest update (every ten minutes, a whole read: the procedure module publishes no change
 * event and offers no cheaper sign yet). Rebuilds run one at a time on a thread of their own, while searches go on
 * with the index they have; requests that arrive meanwhile make one more rebuild, not one each.
 */
@Component
class KnowledgeIndexRefresh implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexRefresh.class);

    private final LuceneKnowledgeSearch search;
    private final KnowledgeSources sources;
    private final RetrievalProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "assistant-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    KnowledgeIndexRefresh(LuceneKnowledgeSearch search, KnowledgeSources sources, RetrievalProperties properties) {
        this.search = search;
        this.sources = sources;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (properties.buildIndexOnStart()) {
            request();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FaqChanged change) {
        request();
    }

    /** Residents' words attached to a procedure from the review page. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ProcedureAliasesChanged change) {
        request();
    }

    /** An administrator edited a procedure: no need to wait for the periodic catalogue check. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ProcedureCatalogueChanged change) {
        request();
    }

    @Scheduled(
            fixedDelayString = "${opencity.assistant.faq-check:PT1M}",
            initialDelayString = "${opencity.assistant.faq-check:PT1M}")
    void checkFaq() {
        search.builtFrom()
                .filter(built ->
                        !built.day().equals(sources.today()) || !built.faq().equals(sources.faqState()))
                .ifPresent(stale -> request());
    }

    @Scheduled(
            fixedDelayString = "${opencity.assistant.catalogue-check:PT10M}",
            initialDelayString = "${opencity.assistant.catalogue-check:PT10M}")
    void checkCatalogue() {
        search.builtFrom()
                .filter(built -> !built.catalogue().equals(sources.catalogueState()))
                .ifPresent(stale -> request());
    }

    /** Rebuilds soon on the index's own thread. */
    void request() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    search.rebuild();
                } catch (RuntimeException e) {
                    // The index it had keeps answering; the next change or check tries again.
                    log.error("Could not rebuild the assistant's index", e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
