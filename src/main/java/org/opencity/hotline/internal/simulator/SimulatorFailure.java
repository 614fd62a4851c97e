package org.opencity.hotline.internal.simulator;

/** The webhook could not be reached, refused the request, or answered something that is not TwiML. */
public class SimulatorFailure extends IllegalStateException {

    SimulatorFailure(String reason) {
        super(reason);
    }

    SimulatorFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
