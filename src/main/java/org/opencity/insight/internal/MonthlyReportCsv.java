package org.opencity.insight.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencity.insight.IndicatorValue;
import org.opencity.insight.MonthlyFigures;
import org.opencity.insight.ServiceIndexCard;
import org.springframework.stereotype.Component;

/**
 * The monthly report's figures as one CSV (RFC 4180): one row per indicator and scope, machine-readable, with the
 * formula's numerator and denominator so anyone can check the share.
 */
@Component
class MonthlyReportCsv {

    static final String[] HEADER = {
        "month", "scope", "scope_name", "indicator", "value", "numerator", "denominator", "points", "max_points"
    };

    String write(MonthlyFigures figures) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator("\n")
                .setHeader(HEADER)
                .get()
                .print(out)) {
            String month = figures.month().toString();
            String city = figures.city().name();
            csv.printRecord(
                    month,
                    "city",
                    city,
                    "procedures_online",
                    figures.proceduresOnline(),
                    figures.proceduresOnline(),
                    figures.procedures(),
                    "",
                    "");
            csv.printRecord(
                    month,
                    "city",
                    city,
                    "dossiers_submitted",
                    figures.dossiers().submitted(),
                    "",
                    "",
                    "",
                    "");
            csv.printRecord(
                    month,
                    "city",
                    city,
                    "dossiers_fully_online_share",
                    share(figures.fullyOnlineShare()),
                    figures.fullyOnlineDossiers(),
                    figures.dossiers().submitted(),
                    "",
                    "");
            csv.printRecord(
                    month,
                    "city",
                    city,
                    "dossiers_on_time_share",
                    share(figures.dossiers().onTimeRate()),
                    figures.dossiers().finishedOnTime(),
                    figures.dossiers().finished(),
                    "",
                    "");
            csv.printRecord(
                    month,
                    "city",
                    city,
                    "dossier_satisfaction_share",
                    share(figures.dossiers().satisfiedRate()),
                    figures.dossiers().satisfied(),
                    figures.dossiers().rated(),
                    "",
                    "");
            csv.printRecord(
                    month, "city", city, "reports_received", figures.reports().received(), "", "", "", "");
            csv.printRecord(
                    month,
                    "city",
                    city,
                    "reports_on_time_share",
                    share(figures.reports().onTimeRate()),
                    figures.reports().resolvedOnTime(),
                    figures.reports().resolved(),
                    "",
                    "");
            index(csv, month, "city", figures.city());
            for (ServiceIndexCard ward : figures.wards()) {
                index(csv, month, "ward:" + ward.subject(), ward);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void index(CSVPrinter csv, String month, String scope, ServiceIndexCard card) throws IOException {
        csv.printRecord(
                month,
                scope,
                card.name(),
                "index_766",
                card.percent() == null ? "" : round(card.percent() / 100),
                "",
                "",
                round(card.points()),
                card.measurablePoints());
        for (IndicatorValue value : card.values()) {
            csv.printRecord(
                    month,
                    scope,
                    card.name(),
                    "766:" + value.indicator().name(),
                    value.measured() ? round(value.rate()) : value.state().name(),
                    value.numerator() == null ? "" : value.numerator(),
                    value.denominator() == null ? "" : value.denominator(),
                    value.points() == null ? "" : round(value.points()),
                    value.indicator().points());
        }
    }

    private static String share(Double value) {
        return value == null ? "" : round(value);
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
