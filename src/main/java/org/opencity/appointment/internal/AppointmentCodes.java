package org.opencity.appointment.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * The short code on a confirmation: "LH-" and six characters from an alphabet without look-alikes (no 0/O, 1/I/L), so
 * it can be read out at the desk or typed from a phone. Random, so codes say nothing about how many were booked.
 */
@Component
public class AppointmentCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String PREFIX = "LH-";
    private static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();
    private final AppointmentRepository repository;

    AppointmentCodes(AppointmentRepository repository) {
        this.repository = repository;
    }

    /** A code no appointment has yet (31^6, about 887 million: a collision is rare, and retried). */
    public String fresh() {
        while (true) {
            StringBuilder code = new StringBuilder(PREFIX);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!repository.codeTaken(code.toString())) {
                return code.toString();
            }
        }
    }

    /** A code as typed or scanned: spaces dropped, upper case, the prefix optional. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return code.startsWith(PREFIX) ? code : PREFIX + code;
    }
}
