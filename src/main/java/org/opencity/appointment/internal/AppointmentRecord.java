package org.opencity.appointment.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opencity.appointment.AppointmentStatus;

/** A row of apt_appointment. */
@RecordBuilder
public record AppointmentRecord(
        UUID id,
        String code,
        String pointCode,
        String lineCode,
        String procedureCode,
        Instant startsAt,
        Instant endsAt,
        LocalDate localDay,
        UUID resident,
        String dossierCode,
        String note,
        AppointmentStatus status,
        Instant createdAt,
        Instant checkedInAt,
        int version) {}
