package org.opencity.report.web;

/**
 * The report form on the page; kept when the page is shown again (with similar reports, or with a problem).
 */
record ReportForm(String categoryCode, String description, Double lat, Double lon, String address, boolean anonymous) {

    static ReportForm empty() {
        return new ReportForm(null, null, null, null, null, false);
    }

    boolean locatable() {
        return categoryCode != null && !categoryCode.isBlank() && lat != null && lon != null;
    }
}
