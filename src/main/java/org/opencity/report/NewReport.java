package org.opencity.report;

import java.util.List;
import org.opencity.identity.AccountId;

/**
 * A report as a resident or a client system sends it.
 *
 * @param reporter the signed-in resident, or null for Open311 and hotline reports
 * @param anonymous hide who reported it on public pages (officers still see it)
 */
public record NewReport(String categoryCode, String description, Double lat, Double lon, String address,
        boolean anonymous, ReportSource source, AccountId reporter, Contact contact, String clientName,
        List<UploadedPhoto> photos) {

    public NewReport {
        photos = photos == null ? List.of() : List.copyOf(photos);
        contact = contact == null ? Contact.NONE : contact;
    }
}
