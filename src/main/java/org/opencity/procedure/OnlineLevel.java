package org.opencity.procedure;

/** How much of a procedure can be done online. */
public enum OnlineLevel {
    /** Submitted, paid and answered online (the result may come by post). */
    FULL_ONLINE,
    /** Submitted online; something still needs a visit (biometrics, originals, collecting the result). */
    PARTLY_ONLINE,
    /** Described here, done in person. */
    INFORMATION_ONLY;

    public boolean online() {
        return this != INFORMATION_ONLY;
    }
}
