package org.opencity.assistant.internal.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.procedure.ProcedureSearch;
import org.opencity.procedure.ProcedureSummary;
import org.springframework.stereotype.Component;

/**
 * Every procedure of the catalogue, whole, as the index needs it. The catalogue's public API has no "all" yet, so
 * this reads it through the search every resident uses (no words, no filter: every procedure, page by page) and
 * then each procedure by code; once the catalogue offers {@code all()}, {@link #all()} becomes that one call.
 */
@Component
public class CatalogueRecords {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ProcedureSearch EVERY_PROCEDURE = new ProcedureSearch(null, null, null, null);

    private final ProcedureCatalogue catalogue;

    CatalogueRecords(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Procedure> all() {
        List<Procedure> procedures = new ArrayList<>();
        PageResponse<ProcedureSummary> page;
        int number = 0;
        do {
            page = catalogue.search(EVERY_PROCEDURE, new PageQuery(number++, PageQuery.MAX_SIZE), VIETNAMESE);
            for (ProcedureSummary summary : page.items()) {
                // A procedure is never deleted, but one read between two pages is taken as it is then.
                catalogue.find(ProcedureCode.of(summary.code())).ifPresent(procedures::add);
            }
        } while (page.hasNext());
        return procedures;
    }
}
