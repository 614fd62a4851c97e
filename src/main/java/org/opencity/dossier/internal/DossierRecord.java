package org.opencity.dossier.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Payment;

/**
 * A dossier row as stored. Changes are made by copying ({@code with…}) and saving with the version read.
 */
@RecordBuilder
public record DossierRecord(
        UUID id,
        String code,
        String procedureCode,
        String procedureName,
        String wardCode,
        UUID unitId,
        UUID applicantId,
        String applicantName,
        String phoneLast4,
        Map<String, String> formData,
        DossierStatus status,
        Long feeVnd,
        Payment payment,
        String paymentRef,
        Integer processingDays,
        String submissionKey,
        UUID assigneeId,
        Instant createdAt,
        Instant submittedAt,
        Instant receivedAt,
        Instant dueAt,
        Instant pausedAt,
        Long remainingMinutes,
        Instant decidedAt,
        Instant resultIssuedAt,
        Instant deliveredAt,
        String closedReason,
        Instant updatedAt,
        int version)
        implements DossierRecordBuilder.With {

    public DossierRecord {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
    }

    public DossierRecord withStatus(DossierStatus next, Instant at) {
        return with(d -> d.status(next).updatedAt(at));
    }

    public DossierRecord withClock(Instant received, Instant due, Instant paused, Long remaining) {
        return with(d -> d.receivedAt(received).dueAt(due).pausedAt(paused).remainingMinutes(remaining));
    }

    public DossierRecord withHandling(UUID unit, UUID assignee) {
        return with(d -> d.unitId(unit).assigneeId(assignee));
    }

    public DossierRecord withMilestones(
            Instant submitted, Instant decided, Instant issued, Instant delivered, String reason) {
        return with(d -> d.submittedAt(submitted)
                .decidedAt(decided)
                .resultIssuedAt(issued)
                .deliveredAt(delivered)
                .closedReason(reason));
    }

    public DossierRecord withPayment(Payment paid, String reference) {
        return with(d -> d.payment(paid).paymentRef(reference));
    }

    /** The same dossier as the database holds it after this version was saved. */
    public DossierRecord saved() {
        return withVersion(version + 1);
    }

    public DossierRecord withForm(Map<String, String> values) {
        return withFormData(values);
    }
}
