package org.opencity.hotline.internal.queue;

/** Where a caller who asked for a person stands. */
public enum WaitStatus {
    /** In the queue, nobody has accepted the call yet. */
    WAITING,
    /** An agent accepted it; the provider is connecting (or has connected) the caller to the agent. */
    ACCEPTED,
    /** The agent closed it with an outcome, or the caller chose a call-back or the assistant instead. */
    CLOSED,
    /** The caller hung up while waiting. */
    ABANDONED
}
