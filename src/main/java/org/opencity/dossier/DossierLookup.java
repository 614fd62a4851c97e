package org.opencity.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.opencity.dossier.internal.DossierNotFound;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.DossierRepository;
import org.opencity.dossier.internal.DossierViews;
import org.opencity.dossier.internal.LookupFailures;
import org.opencity.dossier.internal.LookupsThrottled;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The public status look-up: receipt code plus the last four digits of the applicant's phone. A wrong pair and an
 * unknown code get the same answer, so the look-up tells nothing about dossiers one cannot name. Four digits are
 * only 10,000 guesses, so after {@link #MAX_FAILURES} wrong ones within {@link #REST} a code rests until that window
 * ends, on every node (the count is kept in the database), whichever channel asked: the web page, the API, the
 * assistant or the hotline.
 */
@Service
public class DossierLookup {

    static final int MAX_FAILURES = 10;
    static final Duration REST = Duration.ofHours(1);
    /** Receipt codes look like HS-2026-000123; anything else names no dossier and is not worth a row. */
    private static final Pattern RECEIPT_CODE = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6,9}");

    private final DossierRepository dossiers;
    private final DossierViews views;
    private final LookupFailures failures;
    private final Clock clock;

    DossierLookup(DossierRepository dossiers, DossierViews views, LookupFailures failures, Clock clock) {
        this.dossiers = dossiers;
        this.views = views;
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Not a transaction of its own: a wrong guess is counted in the caller's transaction when there is one (the
     * hotline's turn) and alone otherwise, on the one connection either way — a second connection per look-up would
     * let a burst of wrong guesses hold the whole pool while each waits for its second. And a refusal thrown here
     * marks no caller's transaction for rollback.
     */
    public DossierStatusView status(String code, String phoneLast4) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!RECEIPT_CODE.matcher(normalised).matches()) {
            throw new DossierNotFound(code);
        }
        Instant now = clock.instant();
        if (failures.within(normalised, REST, now) >= MAX_FAILURES) {
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
            failures.count(normalised, REST, now);
            throw new DossierNotFound(code);
        }
        return views.status(dossier);
    }

    /** Forgets windows that ran out, hourly, on whichever node runs it first (deleting twice is harmless). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    public void forgetOldFailures() {
        failures.forgetBefore(clock.instant().minus(REST));
    }
}
