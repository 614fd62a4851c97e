package org.opencity.appointment;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;
import org.opencity.identity.AccountId;

/**
 * An appointment the desk has just checked in: the queue gives it a ticket with priority at its time.
 *
 * @param code the short code on the confirmation and its QR code, e.g. {@code LH-7K3P9Q}
 * @param lineCode the service line of the point that serves the appointment's procedure
 * @param dossierCode the online dossier whose originals the resident brings, when one is attached
 */
@RecordBuilder
public record CheckedInAppointment(
        UUID id,
        String code,
        String pointCode,
        String lineCode,
        Instant start,
        Instant end,
        AccountId resident,
        String procedureCode,
        String dossierCode) {}
