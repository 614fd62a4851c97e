package org.opencity.hotline.internal.simulator;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A call the simulator is making, kept in the officer's session (so it is serialisable): the provider's id of the
 * call, the caller id, what was heard and done so far, what the call waits for, and the keys pressed towards the
 * pending prompt.
 *
 * @param keys keys pressed that do not yet complete the pending prompt (no {@code numDigits} reached, no finishing
 *     key), sent when the prompt is complete or when the officer sends them
 * @param waiting the simulator stopped following redirects (a hold loop): the officer asks it to wait on
 */
public record SimulatedCall(
        String callSid, String from, List<Line> lines, Pending pending, String keys, boolean waiting, boolean ended)
        implements Serializable {

    /** The transcript keeps this many lines, the latest: a long demo must not grow the session without end. */
    static final int MAX_LINES = 300;

    public SimulatedCall {
        lines = List.copyOf(lines);
        keys = keys == null ? "" : keys;
    }

    static SimulatedCall dialling(String callSid, String from) {
        return new SimulatedCall(callSid, from, List.of(), Pending.NONE, "", false, false);
    }

    SimulatedCall with(Line line) {
        List<Line> more = new ArrayList<>(lines);
        more.add(line);
        if (more.size() > MAX_LINES) {
            more = more.subList(more.size() - MAX_LINES, more.size());
        }
        return new SimulatedCall(callSid, from, more, pending, keys, waiting, ended);
    }

    SimulatedCall waitingFor(Pending next, boolean stillWaiting) {
        return new SimulatedCall(callSid, from, lines, next, "", stillWaiting, false);
    }

    SimulatedCall withKeys(String pressed) {
        return new SimulatedCall(callSid, from, lines, pending, pressed, waiting, ended);
    }

    SimulatedCall over() {
        return new SimulatedCall(callSid, from, lines, Pending.NONE, "", false, true);
    }

    /** One line of the transcript. */
    public enum Kind {
        /** What the hotline said or played; {@code text} and, when played, {@code audio} (a path on this server). */
        HEARD,
        /** Keys the caller pressed. */
        PRESSED,
        /** What the caller said (typed). */
        SAID,
        /** What the caller said after the beep (typed, recorded). */
        RECORDED,
        /** The caller said nothing, or waited on hold. */
        SILENCE,
        /** Connected to an agent: {@code text} is the address dialled, {@code detail} the agent's name if known. */
        CONNECTED,
        /** The agent's call ended. */
        AGENT_DONE,
        /** The simulator stopped following redirects (a hold loop). */
        WAITING,
        /** The call ended: {@code text} is who ended it ("caller" or "hotline"). */
        ENDED,
        /** The webhook could not be reached or answered with an error. */
        FAILED
    }

    /** @param audio the WAV's path on this server, for {@code <audio>}; null when the text was only said */
    public record Line(Kind kind, String text, String audio, String detail) implements Serializable {

        static Line of(Kind kind, String text) {
            return new Line(kind, text, null, null);
        }
    }
}
