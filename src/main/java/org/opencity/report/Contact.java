package org.opencity.report;

/**
 * How to reach a reporter who has no account (Open311 clients, the hotline). Never shown publicly.
 */
public record Contact(String name, String email, String phone) {

    public static final Contact NONE = new Contact(null, null, null);
}
