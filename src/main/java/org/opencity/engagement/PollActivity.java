package org.opencity.engagement;

import java.time.Instant;
import java.util.UUID;

/**
 * A vote or survey that was open during a period, for the operations dashboard: how many people took part so far.
 *
 * @param participants ballots cast (the busiest criterion's voters) or survey responses, all time
 */
public record PollActivity(
        UUID id, String titleVi, String titleEn, boolean survey, Instant opensAt, Instant closesAt, long participants) {

    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }
}
