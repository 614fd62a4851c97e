package org.opencity.notification.internal;

/**
 * Masks an address so that an administrator can tell two apart without reading them.
 */
final class AddressHints {

    private AddressHints() {}

    static String email(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    static String phone(String phone) {
        return phone.length() <= 3 ? "***" : "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
