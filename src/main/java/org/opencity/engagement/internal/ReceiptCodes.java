package org.opencity.engagement.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import org.opencity.shared.Sha256;

/**
 * Receipt codes: 100 random bits in Crockford's base 32 ({@code BV-XXXXX-XXXXX-XXXXX-XXXXX}), easy to read aloud and
 * to type. The platform keeps only the SHA-256 fingerprint; the bulletin publishes it, so anyone can find their
 * receipt there without it saying who they are or what they chose.
 */
public final class ReceiptCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORM = Pattern.compile("BV(-[0-9A-HJKMNP-TV-Z]{5}){4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {}

    /** A new code from 100 random bits (13 bytes drawn at once: one call to the shared generator, not twenty). */
    public static String next() {
        byte[] bytes = new byte[13];
        RANDOM.nextBytes(bytes);
        long high = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xFF);
        }
        long low = 0;
        for (int i = 8; i < 13; i++) {
            low = (low << 8) | (bytes[i] & 0xFF);
        }
        StringBuilder code = new StringBuilder("BV");
        for (int group = 0; group < 4; group++) {
            code.append('-');
            for (int i = 0; i < 5; i++) {
                // 20 characters of 5 bits each: 12 from 60 bits of the first 8 bytes, 8 from the 40 bits of the last 5.
                int index = group * 5 + i;
                int value = index < 12
                        ? (int) ((high >>> (59 - 5 * index - 4)) & 0x1F)
                        : (int) ((low >>> (39 - 5 * (index - 12) - 4)) & 0x1F);
                code.append(ALPHABET[value]);
            }
        }
        return code.toString();
    }

    /** The receipt as typed (spaces, lower case, O for 0, I or L for 1), in its canonical form; null if not one. */
    public static String canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        String compact = typed.strip()
                .toUpperCase(Locale.ROOT)
                .replace(" ", "")
                .replace("-", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (compact.length() != 22 || !compact.startsWith("BV")) {
            return null;
        }
        String body = compact.substring(2);
        String code = "BV-" + body.substring(0, 5) + "-" + body.substring(5, 10) + "-" + body.substring(10, 15) + "-"
                + body.substring(15);
        return FORM.matcher(code).matches() ? code : null;
    }

    public static String fingerprint(String canonicalReceipt) {
        return Sha256.hex(canonicalReceipt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
