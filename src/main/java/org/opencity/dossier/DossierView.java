package org.opencity.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dossier as its applicant and the handling officers see it.
 *
 * @param unitId the unit handling it now (the one-stop centre, or where it was forwarded)
 * @param requirements the procedure's documents, each with whether it is required and whether a file answers it
 */
public record DossierView(
        String code,
        String procedureCode,
        String procedureName,
        String wardCode,
        String unitName,
        UUID unitId,
        String applicantName,
        DossierStatus status,
        Timeliness timeliness,
        Map<String, String> form,
        Long feeVnd,
        Payment payment,
        String paymentRef,
        Integer processingDays,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant resultIssuedAt,
        String closedReason,
        String assigneeName,
        boolean resultAvailable,
        boolean rated,
        List<Requirement> requirements,
        List<DossierDocument> documents,
        List<DossierStep> history,
        int version) {

    /** One of the procedure's documents. */
    public record Requirement(int index, String name, int copies, boolean required, boolean answered) {}
}
