package org.opencity.appointment;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.OffsetDateTime;

/**
 * What a resident asks to book: a slot id, or a point and a start time; the procedure always.
 *
 * @param start the slot's start with its offset, e.g. {@code 2026-12-01T08:00:00+07:00}
 * @param dossierCode an online dossier of the resident's whose originals they bring to the desk
 * @param note for the desk, at most 500 characters
 */
@RecordBuilder
public record BookingRequest(
        String servicePointId,
        String procedureCode,
        OffsetDateTime start,
        String slotId,
        String dossierCode,
        String note) {}
