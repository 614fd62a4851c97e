package org.opencity.report;

import java.util.List;
import org.opencity.identity.AccountId;

/**
 * A report as a resident or a client system sends it.
 *
 * @param reporter the signed-in resident, or null for Open311 and hotline reports
 * @param anonymous hide who reported it on public pages (officers still see it)
 * @param attributes answers to the category's extra questions ({@link CategoryAttribute}), by question code
 */
public record NewReport(
        String categoryCode,
        String description,
        Double lat,
        Double lon,
        String address,
        boolean anonymous,
        ReportSource source,
        AccountId reporter,
        Contact contact,
        String clientName,
        List<UploadedPhoto> photos,
        java.util.Map<String, List<String>> attributes) {

    public NewReport {
        photos = photos == null ? List.of() : List.copyOf(photos);
        contact = contact == null ? Contact.NONE : contact;
        attributes = attributes == null ? java.util.Map.of() : java.util.Map.copyOf(attributes);
    }

    /** A report without answers to extra questions. */
    public NewReport(
            String categoryCode,
            String description,
            Double lat,
            Double lon,
            String address,
            boolean anonymous,
            ReportSource source,
            AccountId reporter,
            Contact contact,
            String clientName,
            List<UploadedPhoto> photos) {
        this(
                categoryCode,
                description,
                lat,
                lon,
                address,
                anonymous,
                source,
                reporter,
                contact,
                clientName,
                photos,
                null);
    }
}
