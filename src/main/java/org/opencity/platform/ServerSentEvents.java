package org.opencity.platform;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** What every server-sent event stream of the platform does the same way. */
public final class ServerSentEvents {

    private ServerSentEvents() {}

    /**
     * Ends a stream whose last send failed because the browser went away. The servlet container may already have
     * ended the request on its own error path, and then refuses the completion with an IllegalStateException: the
     * stream is over either way, so that refusal is not an error of the caller (it used to escape a scheduled task).
     */
    public static void endAfterFailure(SseEmitter emitter, Throwable failure) {
        try {
            emitter.completeWithError(failure);
        } catch (IllegalStateException alreadyEnded) {
            // Nothing left to end.
        }
    }
}
