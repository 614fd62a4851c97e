package org.opencity.insight.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCatalogueChanged;
import org.opencity.procedure.ProcedureLevel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The procedures a subject answers for: a ward its ward-level procedures, a city department the city-level ones, the
 * city both. Ministry procedures are the ministries' and count for no one here.
 *
 * <p>Reading the whole catalogue takes a few megabytes from the database: each coverage is kept for a minute (an
 * administrator's edit shows on every node within it) and forgotten at once on this node when the catalogue changes.
 */
@Component
public class ProcedureScope {

    static final Duration KEPT = Duration.ofMinutes(1);

    private final ProcedureCatalogue catalogue;
    private final Cache<Set<ProcedureLevel>, CatalogueCoverage> coverages =
            Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(8).build();

    ProcedureScope(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener
    void on(ProcedureCatalogueChanged changed) {
        coverages.invalidateAll();
    }

    public CatalogueCoverage coverage(Set<ProcedureLevel> levels) {
        return coverages.get(Set.copyOf(levels), this::count);
    }

    private CatalogueCoverage count(Set<ProcedureLevel> levels) {
        long procedures = 0;
        long complete = 0;
        long online = 0;
        long withFee = 0;
        long payableOnline = 0;
        Set<String> fullyOnline = new HashSet<>();
        for (Procedure p : catalogue.all()) {
            if (!levels.contains(p.level())) {
                continue;
            }
            procedures++;
            complete += published(p) ? 1 : 0;
            online += p.onlineCapable() ? 1 : 0;
            boolean fee = p.feeVnd() != null && p.feeVnd() > 0;
            withFee += fee ? 1 : 0;
            payableOnline += fee && p.onlineCapable() ? 1 : 0;
            if (p.onlineLevel() == OnlineLevel.FULL_ONLINE) {
                fullyOnline.add(p.code());
            }
        }
        return CatalogueCoverageBuilder.builder()
                .procedures(procedures)
                .complete(complete)
                .online(online)
                .withFee(withFee)
                .payableOnline(payableOnline)
                .fullyOnline(fullyOnline)
                .build();
    }

    public static Set<ProcedureLevel> city() {
        return EnumSet.of(ProcedureLevel.WARD, ProcedureLevel.PROVINCE);
    }

    public static Set<ProcedureLevel> ward() {
        return EnumSet.of(ProcedureLevel.WARD);
    }

    public static Set<ProcedureLevel> department() {
        return EnumSet.of(ProcedureLevel.PROVINCE);
    }

    /** What a resident needs before going: the documents, how long, how much, and on which legal basis. */
    private static boolean published(Procedure p) {
        boolean time = p.processingDays() != null || StringUtils.hasText(p.processingTimeText());
        boolean fee = p.feeVnd() != null || StringUtils.hasText(p.feeText());
        return !p.documents().isEmpty() && time && fee && StringUtils.hasText(p.legalBasis());
    }
}
