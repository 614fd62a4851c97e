package org.opencity.appointment;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * A booked appointment, as the resident and the point's staff see it.
 *
 * @param code the short code on the confirmation and in its QR code, e.g. {@code LH-7K3P9Q}
 * @param lineCode the point's service line that serves the procedure
 * @param dossierCode the online dossier whose originals the resident brings, when one is attached
 * @param cancellableUntil the cut-off for cancelling or moving it
 */
@RecordBuilder
public record Appointment(
        UUID id,
        String code,
        String pointCode,
        String pointName,
        String pointAddress,
        String lineCode,
        String procedureCode,
        String procedureName,
        Instant start,
        Instant end,
        AppointmentStatus status,
        String dossierCode,
        String note,
        Instant cancellableUntil,
        Instant createdAt,
        int version) {}
