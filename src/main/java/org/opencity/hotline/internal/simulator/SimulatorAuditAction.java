package org.opencity.hotline.internal.simulator;

import org.opencity.identity.AuditAction;

/** What the call simulator audits: an officer starting a simulated call (it is recorded as a call like any other). */
public enum SimulatorAuditAction implements AuditAction {
    HOTLINE_CALL_SIMULATED
}
