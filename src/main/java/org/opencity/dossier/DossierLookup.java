package org.opencity.dossier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencity.dossier.internal.DossierNotFound;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.DossierRepository;
import org.opencity.dossier.internal.DossierViews;
import org.opencity.dossier.internal.LookupsThrottled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public status look-up: receipt code plus the last four digits of the applicant's phone. A wrong pair and an
 * unknown code get the same answer, so the look-up tells nothing about dossiers one cannot name. Four digits are
 * only 10,000 guesses, so after {@link #MAX_FAILURES} wrong ones a code rests for {@link #REST} (on this node).
 */
@Service
public class DossierLookup {

    static final int MAX_FAILURES = 10;
    static final Duration REST = Duration.ofHours(1);

    private final DossierRepository dossiers;
    private final DossierViews views;
    private final Cache<String, AtomicInteger> failures =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(REST).build();

    DossierLookup(DossierRepository dossiers, DossierViews views) {
        this.dossiers = dossiers;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public DossierStatusView status(String code, String phoneLast4) {
        String normalised = code == null ? "" : code.trim().toUpperCase();
        AtomicInteger failed = failures.get(normalised, c -> new AtomicInteger());
        if (failed.get() >= MAX_FAILURES) {
            throw new LookupsThrottled(REST.toMinutes());
        }
        String digits = phoneLast4 == null ? "" : phoneLast4.replaceAll("\\D", "");
        DossierRecord dossier = dossiers.byCode(normalised)
                .filter(d -> d.status() != DossierStatus.DRAFT)
                .filter(d -> d.phoneLast4() != null
                        && digits.length() == 4
                        && d.phoneLast4().equals(digits))
                .orElse(null);
        if (dossier == null) {
            failed.incrementAndGet();
            throw new DossierNotFound(code);
        }
        return views.status(dossier);
    }
}
