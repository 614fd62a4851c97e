package org.opencity.dossier;

/**
 * Where a dossier stands in the one-stop process.
 */
public enum DossierStatus {
    /** Being filled in by the resident; nobody else sees it. */
    DRAFT,
    /** Sent; waiting for the one-stop desk to check it. */
    SUBMITTED,
    /** Sent back to the resident to complete; the deadline clock stands still meanwhile. */
    RETURNED,
    /** Checked and accepted: the deadline runs from here. */
    RECEIVED,
    IN_PROCESSING,
    APPROVED,
    /** Refused after processing, with a reason. */
    REFUSED,
    RESULT_ISSUED,
    DELIVERED,
    /** Not accepted at the desk (not this authority's, not eligible), with a reason. */
    NOT_ACCEPTED,
    WITHDRAWN
}
