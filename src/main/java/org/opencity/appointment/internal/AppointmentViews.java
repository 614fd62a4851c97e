package org.opencity.appointment.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.opencity.appointment.Appointment;
import org.opencity.appointment.AppointmentBuilder;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/** What a resident and the desk see of an appointment: the view, its QR code and its calendar file. */
@Component
public class AppointmentViews {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int QR_SIZE = 240;

    private final ServicePoints points;
    private final ProcedureCatalogue catalogue;
    private final AppointmentProperties rules;
    private final AppointmentCalendar calendar;

    AppointmentViews(
            ServicePoints points,
            ProcedureCatalogue catalogue,
            AppointmentProperties rules,
            AppointmentCalendar calendar) {
        this.points = points;
        this.catalogue = catalogue;
        this.rules = rules;
        this.calendar = calendar;
    }

    public Appointment of(AppointmentRecord record, Locale locale) {
        ServicePoint point = points.find(record.pointCode()).orElse(null);
        return AppointmentBuilder.builder()
                .id(record.id())
                .code(record.code())
                .pointCode(record.pointCode())
                .pointName(point == null ? record.pointCode() : point.name(locale))
                .pointAddress(point == null ? "" : point.address())
                .lineCode(record.lineCode())
                .procedureCode(record.procedureCode())
                .procedureName(procedureName(record.procedureCode(), locale))
                .start(record.startsAt())
                .end(record.endsAt())
                .status(record.status())
                .dossierCode(record.dossierCode())
                .note(record.note())
                .cancellableUntil(record.startsAt().minus(rules.cutOff()))
                .createdAt(record.createdAt())
                .version(record.version())
                .build();
    }

    public byte[] calendar(AppointmentRecord record, Locale locale) {
        return calendar.of(of(record, locale), points.find(record.pointCode()).orElse(null), locale);
    }

    /** The code as a QR image: what the desk's scanner reads (it types the code into the check-in field). */
    public byte[] qrCode(AppointmentRecord record) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(record.code(), BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE, Map.of(EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException failed) {
            throw new UncheckedIOException(new IOException("QR code not written", failed));
        }
    }

    public String localDate(Instant instant) {
        return DATE.format(instant.atZone(WorkingCalendar.VIETNAM));
    }

    private String procedureName(String code, Locale locale) {
        try {
            return catalogue.get(code).name(locale);
        } catch (RuntimeException gone) {
            // A procedure withdrawn from the catalogue after the booking: its code still says what it was.
            return code;
        }
    }
}
