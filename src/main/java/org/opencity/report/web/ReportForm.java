package org.opencity.report.web;

/**
 * The report form on the page; kept when the page is shown again (with similar reports, or with a problem).
 */
public record ReportForm(
        String categoryCode, String description, Double lat, Double lon, String address, Boolean anonymous) {

    static ReportForm empty() {
        return new ReportForm(null, null, null, null, null, false);
    }

    public boolean hidden() {
        return Boolean.TRUE.equals(anonymous);
    }

    public boolean locatable() {
        return categoryCode != null && !categoryCode.isBlank() && lat != null && lon != null;
    }
}
