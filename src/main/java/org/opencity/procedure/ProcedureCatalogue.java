package org.opencity.procedure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.procedure.internal.ProcedureRepository;
import org.opencity.procedure.internal.QueryWords;
import org.opencity.procedure.internal.SearchPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the catalogue: one procedure by code (for pages and for the dossier module), the whole catalogue (for a
 * module that keeps its own index of it, which follows {@link ProcedureCatalogueChanged}), and the public search by
 * words, field, level and life event.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureCatalogue {

    private final ProcedureRepository procedures;

    ProcedureCatalogue(ProcedureRepository procedures) {
        this.procedures = procedures;
    }

    public Optional<Procedure> find(ProcedureCode code) {
        return procedures.find(code.value());
    }

    /** The procedure, or {@link ProcedureNotFound} (404) when there is none with this code. */
    public Procedure get(ProcedureCode code) {
        return find(code).orElseThrow(() -> new ProcedureNotFound(code.value()));
    }

    public Procedure get(String code) {
        return get(ProcedureCode.of(code));
    }

    /**
     * Every procedure, by code: about 2,900, each with its documents, so a few megabytes; read it once and follow
     * {@link ProcedureCatalogueChanged} rather than reading it again.
     */
    public List<Procedure> all() {
        return procedures.all();
    }

    public PageResponse<ProcedureSummary> search(ProcedureSearch search, PageQuery page, Locale locale) {
        QueryWords words = QueryWords.of(search.text());
        SearchPlan plan =
                new SearchPlan(words, eventsNamedIn(words), search.fieldCode(), search.level(), search.lifeEventCode());
        List<ProcedureSummary> items = procedures.search(plan, page).stream()
                .map(p -> p.summary(locale))
                .toList();
        return PageResponse.of(items, page, procedures.count(plan));
    }

    /** Fields that have at least one procedure, by Vietnamese name. */
    public List<ProcedureField> fields() {
        return procedures.fields();
    }

    public List<LifeEvent> lifeEvents() {
        return List.copyOf(procedures.lifeEvents().keySet());
    }

    /** Life events whose phrases the query contains, e.g. "co con" in "vừa có con thì làm gì". */
    private List<String> eventsNamedIn(QueryWords words) {
        if (words.folded().isEmpty()) {
            return List.of();
        }
        return procedures.lifeEvents().entrySet().stream()
                .filter(event -> event.getValue().stream().anyMatch(words::mentions))
                .map(Map.Entry::getKey)
                .map(LifeEvent::code)
                .toList();
    }
}
