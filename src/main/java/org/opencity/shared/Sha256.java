package org.opencity.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints of files and keys, as lower-case hex. Every JVM has SHA-256, so its absence is a broken
 * runtime, not a condition to handle.
 */
public final class Sha256 {

    private Sha256() {}

    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException brokenRuntime) {
            throw new IllegalStateException(brokenRuntime);
        }
    }

    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }
}
