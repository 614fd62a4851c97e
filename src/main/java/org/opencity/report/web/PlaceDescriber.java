package org.opencity.report.web;

import java.util.Locale;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.report.internal.ReportLocator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says back where a report would be placed: the ward found and the point with six decimals, in the page's language.
 * It asks the same locator as the submission, so a place the form accepts is one the report is accepted with.
 */
@Component
class PlaceDescriber {

    private final ReportLocator locator;
    private final MessageSource messages;
    private final ProblemWriter problems;

    PlaceDescriber(ReportLocator locator, MessageSource messages, ProblemWriter problems) {
        this.locator = locator;
        this.messages = messages;
        this.problems = problems;
    }

    PlaceDescription describe(Double lat, Double lon, String address, Locale locale) {
        try {
            ReportLocator.Location location = locator.locate(lat, lon, address);
            String ward = location.ward().name();
            if (lat != null && lon != null) {
                return new PlaceDescription(
                        true,
                        messages.getMessage(
                                "report.place.chosen",
                                new Object[] {ward, Coordinates.text(location.lat(), location.lon())},
                                locale));
            }
            // Placed by the ward its address names: the ward's centre is no point the resident chose.
            return new PlaceDescription(
                    true, messages.getMessage("report.place.by-address", new Object[] {ward}, locale));
        } catch (LocalizedProblem notPlaced) {
            return new PlaceDescription(false, problems.message(notPlaced, locale));
        }
    }
}
