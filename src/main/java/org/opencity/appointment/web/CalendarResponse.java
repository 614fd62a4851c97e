package org.opencity.appointment.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A calendar file as the browser or a calendar app downloads it. */
final class CalendarResponse {

    private CalendarResponse() {}

    static ResponseEntity<byte[]> of(byte[] ics) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AppointmentApiController.CALENDAR))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("lich-hen.ics")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache())
                .body(ics);
    }
}
