package org.opencity.hotline;

/**
 * How a call ended, for the call log and the city's figures. A call that did several things is counted by the one
 * that needed most of the city: a person over a call-back over a report over a status check over an AI answer.
 */
public enum CallOutcome {
    /** The caller hung up before anything was done, or while waiting for a person. */
    ABANDONED,
    /** The assistant answered and nobody else was needed. */
    ANSWERED_BY_AI,
    STATUS_CHECKED,
    REPORT_LEFT,
    CALL_BACK,
    HANDED_OVER;

    /** The outcome that counts when a call has done both. */
    public CallOutcome or(CallOutcome other) {
        if (other == null) {
            return this;
        }
        return other.ordinal() > ordinal() ? other : this;
    }
}
