package org.opencity.document;

import java.time.LocalDate;

/** The place-and-date line of an administrative document, written out as Decree 30/2020 asks. */
final class VietnameseDates {

    private VietnameseDates() {}

    /**
     * For example {@code Hà Nội, ngày 05 tháng 3 năm 2026}. Days below 10 and the months January and February
     * take a leading zero, so that {@code tháng 01} cannot be misread or altered to {@code tháng 11}.
     */
    static String placeAndDate(String place, LocalDate date) {
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
