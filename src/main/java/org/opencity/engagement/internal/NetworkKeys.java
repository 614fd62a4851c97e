package org.opencity.engagement.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opencity.identity.Secrets;
import org.springframework.stereotype.Component;

/**
 * The network a vote came from, as the patterns report needs it and no more: the /24 of an IPv4 address or the /48
 * of an IPv6 one, under a keyed hash (HMAC-SHA-256, key kept by the platform), shortened to 16 hex digits. Votes
 * from one network group together; the address cannot be read back.
 */
@Component
class NetworkKeys {

    private final SecretKeySpec key;

    NetworkKeys(Secrets secrets) {
        this.key = new SecretKeySpec(secrets.key("engagement-network-key"), "HmacSHA256");
    }

    String of(String remoteAddress) {
        byte[] prefix = prefix(remoteAddress);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(prefix), 0, 8);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }

    /** The address's network part; an unparsable address (a test's, a proxy's name) counts as one network. */
    static byte[] prefix(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank() || !remoteAddress.matches("[0-9A-Fa-f:.%]+")) {
            return new byte[0];
        }
        try {
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            int keep = address.length == 4 ? 3 : 6;
            return java.util.Arrays.copyOf(address, keep);
        } catch (UnknownHostException notAnAddress) {
            return new byte[0];
        }
    }
}
