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

    public static String next() {
        StringBuilder code = new StringBuilder("BV");
        for (int group = 0; group < 4; group++) {
            code.append('-');
            for (int i = 0; i < 5; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
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
