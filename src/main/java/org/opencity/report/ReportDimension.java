package org.opencity.report;

/** What report figures are grouped by. */
public enum ReportDimension {
    DAY,
    MONTH,
    WARD,
    CATEGORY,
    UNIT,
    /** One row for everything the filter selects. */
    TOTAL
}
