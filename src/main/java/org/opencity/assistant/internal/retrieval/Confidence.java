package org.opencity.assistant.internal.retrieval;

import org.apache.lucene.search.ScoreDoc;

/** How sure retrieval is that its first hit answers the question, from the scores. */
final class Confidence {

    private Confidence() {}

    static double of(ScoreDoc[] scores) {
        if (scores.length == 0) {
            return 0;
        }
        double top = scores[0].score;
        return top / (top + 20);
    }
}
