package org.opencity.dossier;

/** What dossier figures are grouped by. */
public enum DossierDimension {
    DAY,
    MONTH,
    UNIT,
    PROCEDURE,
    WARD,
    /** Each ward's procedures: the key is the ward code and the procedure code joined by {@code |}. */
    WARD_AND_PROCEDURE,
    /** One row for everything the filter selects. */
    TOTAL
}
