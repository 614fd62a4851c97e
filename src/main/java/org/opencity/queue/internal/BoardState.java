package org.opencity.queue.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a point's display board shows, sent as JSON on its event stream.
 *
 * @param calling the latest call (a recall calls again), null before the first of the day
 * @param recent the calls before it, the latest first
 * @param lines each line's next numbers, how many wait and the estimate for a ticket taken now
 */
public record BoardState(
        String point,
        String nameVi,
        String nameEn,
        Call calling,
        List<Call> recent,
        List<LineQueue> lines,
        Instant at) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** @param key changes with every call and recall: the page chimes when it changes */
    public record Call(String number, String lineCode, int counter, Instant calledAt, String key) {}

    public record LineQueue(
            String code, String nameVi, String nameEn, List<String> next, int waiting, int estimatedMinutes) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }
}
