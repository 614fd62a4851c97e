package org.opencity.hotline.internal.console;

import java.util.regex.Pattern;
import org.opencity.platform.InvalidRequest;

/**
 * Where the provider rings an agent: a Vietnamese phone number (+84… or 0…, spaces, dots and dashes allowed) or a SIP
 * address (sip:agent@pbx.example.vn). Anything else is refused before it reaches the provider's {@code <Dial>}.
 */
final class DialAddress {

    static final int MAX = 200;
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[1-9]\\d{8,9}");
    private static final Pattern SIP =
            Pattern.compile("sip:[A-Za-z0-9._~+%!$&*=-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\\d{1,5})?");

    private DialAddress() {}

    /** The address as the provider needs it: a phone number without separators, or the SIP address. */
    static String checked(String given) {
        String address = given == null ? "" : given.strip();
        if (address.isEmpty()) {
            throw new InvalidRequest("problem.hotline.dial-address.missing");
        }
        if (address.length() > MAX) {
            throw new InvalidRequest("problem.hotline.dial-address.invalid");
        }
        if (address.regionMatches(true, 0, "sip:", 0, 4)) {
            String sip = "sip:" + address.substring(4);
            if (SIP.matcher(sip).matches()) {
                return sip;
            }
            throw new InvalidRequest("problem.hotline.dial-address.invalid");
        }
        String phone = address.replaceAll("[\\s.()-]", "");
        if (PHONE.matcher(phone).matches()) {
            return phone;
        }
        throw new InvalidRequest("problem.hotline.dial-address.invalid");
    }
}
