package org.opencity.dossier.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Payment;

/**
 * A dossier row as stored. Changes are made by copying ({@code with…}) and saving with the version read.
 */
public record DossierRecord(UUID id, String code, String procedureCode, String procedureName, String wardCode,
        UUID unitId, UUID applicantId, String applicantName, String phoneLast4, Map<String, String> formData,
        DossierStatus status, Long feeVnd, Payment payment, String paymentRef, Integer processingDays,
        String submissionKey, UUID assigneeId, Instant createdAt, Instant submittedAt, Instant receivedAt,
        Instant dueAt, Instant pausedAt, Long remainingMinutes, Instant decidedAt, Instant resultIssuedAt,
        Instant deliveredAt, String closedReason, Instant updatedAt, int version) {

    public DossierRecord {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
    }

    public DossierRecord withStatus(DossierStatus next, Instant at) {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unitId, applicantId, applicantName,
                phoneLast4, formData, next, feeVnd, payment, paymentRef, processingDays, submissionKey, assigneeId,
                createdAt, submittedAt, receivedAt, dueAt, pausedAt, remainingMinutes, decidedAt, resultIssuedAt,
                deliveredAt, closedReason, at, version);
    }

    public DossierRecord withClock(Instant received, Instant due, Instant paused, Long remaining) {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unitId, applicantId, applicantName,
                phoneLast4, formData, status, feeVnd, payment, paymentRef, processingDays, submissionKey, assigneeId,
                createdAt, submittedAt, received, due, paused, remaining, decidedAt, resultIssuedAt, deliveredAt,
                closedReason, updatedAt, version);
    }

    public DossierRecord withHandling(UUID unit, UUID assignee) {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unit, applicantId, applicantName,
                phoneLast4, formData, status, feeVnd, payment, paymentRef, processingDays, submissionKey, assignee,
                createdAt, submittedAt, receivedAt, dueAt, pausedAt, remainingMinutes, decidedAt, resultIssuedAt,
                deliveredAt, closedReason, updatedAt, version);
    }

    public DossierRecord withMilestones(Instant submitted, Instant decided, Instant issued, Instant delivered,
            String reason) {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unitId, applicantId, applicantName,
                phoneLast4, formData, status, feeVnd, payment, paymentRef, processingDays, submissionKey, assigneeId,
                createdAt, submitted, receivedAt, dueAt, pausedAt, remainingMinutes, decided, issued, delivered, reason,
                updatedAt, version);
    }

    public DossierRecord withPayment(Payment paid, String reference) {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unitId, applicantId, applicantName,
                phoneLast4, formData, status, feeVnd, paid, reference, processingDays, submissionKey, assigneeId,
                createdAt, submittedAt, receivedAt, dueAt, pausedAt, remainingMinutes, decidedAt, resultIssuedAt,
                deliveredAt, closedReason, updatedAt, version);
    }

    /** The same dossier as the database holds it after this version was saved. */
    public DossierRecord saved() {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unitId, applicantId, applicantName,
                phoneLast4, formData, status, feeVnd, payment, paymentRef, processingDays, submissionKey, assigneeId,
                createdAt, submittedAt, receivedAt, dueAt, pausedAt, remainingMinutes, decidedAt, resultIssuedAt,
                deliveredAt, closedReason, updatedAt, version + 1);
    }

    public DossierRecord withForm(Map<String, String> values) {
        return new DossierRecord(id, code, procedureCode, procedureName, wardCode, unitId, applicantId, applicantName,
                phoneLast4, values, status, feeVnd, payment, paymentRef, processingDays, submissionKey, assigneeId,
                createdAt, submittedAt, receivedAt, dueAt, pausedAt, remainingMinutes, decidedAt, resultIssuedAt,
                deliveredAt, closedReason, updatedAt, version);
    }
}
