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
    /** Each month's procedures: the key is {@code yyyy-MM} and the procedure code joined by {@code |}. */
    MONTH_AND_PROCEDURE,
    /** One row for everything the filter selects. */
    TOTAL;

    /** Whether the rows are periods: the backlog, which is now, does not split by them. */
    public boolean overTime() {
        return this == DAY || this == MONTH || this == MONTH_AND_PROCEDURE;
    }
}
