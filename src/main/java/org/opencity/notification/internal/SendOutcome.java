package org.opencity.notification.internal;

/**
 * What a channel says after trying once: sent, worth trying again later, or never going to work.
 */
public record SendOutcome(Kind kind, String detail) {

    public enum Kind {
        SENT,
        RETRY,
        PERMANENT
    }

    public static SendOutcome sent(String detail) {
        return new SendOutcome(Kind.SENT, detail);
    }

    public static SendOutcome retry(String detail) {
        return new SendOutcome(Kind.RETRY, detail);
    }

    public static SendOutcome permanent(String detail) {
        return new SendOutcome(Kind.PERMANENT, detail);
    }
}
