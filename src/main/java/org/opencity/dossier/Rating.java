package org.opencity.dossier;

/**
 * The five criteria of the national public-service portal's satisfaction survey, each 1–5.
 */
public record Rating(int time, int attitude, int guidance, int cost, int result, String comment) {

    public Rating {
        for (int score : new int[] {time, attitude, guidance, cost, result}) {
            if (score < 1 || score > 5) {
                throw new org.opencity.platform.InvalidRequest("problem.dossier.rating-range");
            }
        }
        if (comment != null && comment.length() > 2000) {
            throw new org.opencity.platform.InvalidRequest("problem.dossier.rating-range");
        }
    }

    int[] scores() {
        return new int[] {time, attitude, guidance, cost, result};
    }
}
