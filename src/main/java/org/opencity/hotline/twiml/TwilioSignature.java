package org.opencity.hotline.twiml;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature, as it documents it: HMAC-SHA1, keyed with the account's auth token, over the full URL
 * the provider requested followed by every POST parameter's name and value, sorted by name (a repeated name's values
 * in sorted order too), Base64-encoded in the X-Twilio-Signature header. The HMAC is the JDK's; only the string the
 * protocol signs is built here. The call simulator signs its requests with it too.
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";
    private static final String ALGORITHM = "HmacSHA1";

    private TwilioSignature() {}

    public static String of(String authToken, String url, Map<String, List<String>> postParameters) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(postParameters)
                .forEach((name, values) -> values.stream()
                        .sorted()
                        .forEach(value -> signed.append(name).append(value)));
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", impossible);
        }
    }

    /** Compared in constant time, so the answer's timing tells nothing about how much of a guess was right. */
    static boolean valid(String authToken, String url, Map<String, List<String>> postParameters, String given) {
        if (given == null || given.isBlank()) {
            return false;
        }
        byte[] expected = of(authToken, url, postParameters).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
