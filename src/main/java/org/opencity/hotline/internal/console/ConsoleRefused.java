package org.opencity.hotline.internal.console;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** An agent's action the queue cannot take now, said in the agent's language, naming whoever was quicker. */
public class ConsoleRefused extends LocalizedProblem {

    private ConsoleRefused(String messageKey, Object... arguments) {
        super(HttpStatus.CONFLICT, messageKey, arguments);
    }

    /** The provider would have nowhere to ring the agent. */
    static ConsoleRefused noDialAddress() {
        return new ConsoleRefused("problem.hotline.no-dial-address");
    }

    static ConsoleRefused takenBy(String agentName) {
        return new ConsoleRefused("problem.hotline.call-taken", agentName);
    }

    /** The caller hung up, chose a call-back or went back to the assistant. */
    static ConsoleRefused noLongerWaiting() {
        return new ConsoleRefused("problem.hotline.no-longer-waiting");
    }

    static ConsoleRefused callbackDoneBy(String officerName) {
        return new ConsoleRefused("problem.hotline.callback-done", officerName);
    }
}
