package org.opencity.dossier;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Dossier figures for one group (a day, month, unit, procedure or ward): submitted and finished within the period,
 * and the backlog now. Rates and means are null where nothing was counted, never zero.
 *
 * @param key the group: an ISO day, {@code yyyy-MM}, a unit id, a procedure code, a ward code, or {@code *}
 * @param submitted dossiers submitted in the period
 * @param withDocuments of those, submitted with at least one document uploaded
 * @param traceable of those, with a phone the public status look-up can check
 * @param withFee of those, with a fee to pay
 * @param paidOnline of those with a fee, paid online
 * @param finished dossiers decided (approved or refused) in the period, or their result issued
 * @param finishedOnTime of those, by their due time
 * @param lateApologised of the late ones, with the apology letter sent
 * @param resultsSigned of the finished, with a digitally signed electronic result
 * @param rated finished dossiers the resident rated
 * @param ratingSum the sum of each rating's mean score (1–5)
 * @param satisfied ratings whose mean is 4 or more
 * @param open dossiers being handled now (not bound to the period; 0 for days and months)
 * @param overdue of those, how many are past their due day
 */
@RecordBuilder
public record DossierFigureRow(
        String key,
        long submitted,
        long withDocuments,
        long traceable,
        long withFee,
        long paidOnline,
        long finished,
        long finishedOnTime,
        long lateApologised,
        long resultsSigned,
        long rated,
        double ratingSum,
        long satisfied,
        long open,
        long overdue) {

    /** Share of finished dossiers finished on time, 0–1. */
    public Double onTimeRate() {
        return finished == 0 ? null : (double) finishedOnTime / finished;
    }

    public Double meanRating() {
        return rated == 0 ? null : ratingSum / rated;
    }

    /** Share of ratings of 4 or more, 0–1. */
    public Double satisfiedRate() {
        return rated == 0 ? null : (double) satisfied / rated;
    }

    public long late() {
        return finished - finishedOnTime;
    }
}
