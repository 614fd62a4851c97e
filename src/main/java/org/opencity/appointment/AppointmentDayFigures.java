package org.opencity.appointment;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * One point's appointments on one day, for the dashboards.
 *
 * @param booked appointments made for that day and not cancelled (booked, checked in or missed)
 * @param noShowRate missed over those whose outcome is known (checked in or missed); null when none is known yet
 */
@RecordBuilder
public record AppointmentDayFigures(
        String pointCode, LocalDate day, int booked, int checkedIn, int missed, int cancelled, Double noShowRate) {}
