package org.opencity.procedure;

/** Where a resident does the procedure: at the ward (or commune) or at the city. */
public enum ProcedureLevel {
    PROVINCE,
    WARD
}
