package org.opencity.assistant.internal.retrieval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencity.assistant.internal.faq.FaqEntries;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.assistant.internal.faq.FaqState;
import org.opencity.assistant.internal.review.ProcedureAliases;
import org.opencity.procedure.Procedure;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/** Where the index's records come from: every procedure of the catalogue and the FAQ entries valid today. */
@Component
class KnowledgeSources {

    /** The records, and the state of the sources they were read in. */
    record Snapshot(List<KnowledgeRecord> records, SourceState state) {}

    private final CatalogueRecords catalogue;
    private final FaqEntries faq;
    private final ProcedureAliases aliases;
    private final Clock clock;

    KnowledgeSources(CatalogueRecords catalogue, FaqEntries faq, ProcedureAliases aliases, Clock clock) {
        this.catalogue = catalogue;
        this.aliases = aliases;
        this.faq = faq;
        this.clock = clock;
    }

    Snapshot read() {
        LocalDate day = today();
        // The state first: a change made while reading makes the next check rebuild again rather than be missed.
        FaqState faqState = faq.state();
        List<Procedure> procedures = catalogue.all();
        List<FaqEntry> entries = faq.validOn(day);
        List<KnowledgeRecord> records = new ArrayList<>(procedures.size() + entries.size());
        Map<String, List<String>> attached = aliases.byProcedure();
        procedures.forEach(p -> records.add(KnowledgeRecords.of(p, attached.getOrDefault(p.code(), List.of()))));
        entries.forEach(e -> records.add(KnowledgeRecords.of(e)));
        return new Snapshot(records, new SourceState(day, faqState, CatalogueState.of(procedures)));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM);
    }

    FaqState faqState() {
        return faq.state();
    }

    /** Reads the whole catalogue: the procedure module has no cheaper sign of change yet. */
    CatalogueState catalogueState() {
        return CatalogueState.of(catalogue.all());
    }
}
