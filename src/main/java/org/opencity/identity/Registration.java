package org.opencity.identity;

/**
 * What a resident gives to open an account: a phone number or an email (or both) to sign in with.
 */
public record Registration(
        String displayName, String phone, String email, String password, String homeWardCode, String locale) {}
