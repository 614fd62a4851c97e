package org.opencity.assistant.internal.retrieval;

import org.apache.lucene.search.ScoreDoc;

/**
 * How sure retrieval is that its first hit answers the question: the best score of the first pass (BM25 with the
 * resident-facing prior, before the name coverage reorders the hits), squashed into [0, 1) as score / (score +
 * {@link #HALF_WAY}). A question about the procedures matches names, FAQ questions and answers in
 * many rare terms and scores high; a question about something else matches a common word here and there. On
 * bench/assistant the first score alone separated the two best: the gap to the second hit did not help (the same
 * procedure at ward and city level are both right answers and score alike), nor did the share of the question the
 * first hit covers (see bench/assistant/REPORT.md).
 */
final class Confidence {

    /** The first score at which confidence is 0.5 (calibrated on bench/assistant with the weights of this version). */
    static final double HALF_WAY = 30;

    private Confidence() {}

    static double of(ScoreDoc[] hits) {
        if (hits.length == 0) {
            return 0;
        }
        double top = hits[0].score;
        return top / (top + HALF_WAY);
    }
}
