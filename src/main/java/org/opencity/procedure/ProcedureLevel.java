package org.opencity.procedure;

/**
 * Which level of government handles a procedure, in the order a resident meets them: the ward (or commune), the
 * city, a ministry. A procedure the national catalogue lists at several levels has the one nearest the resident.
 */
public enum ProcedureLevel {
    /** The ward or commune (since the 2025 reform there are no districts: their procedures moved here). */
    WARD,
    /** The city: its departments, the city police, the city's branch offices. */
    PROVINCE,
    /** A ministry or a central body (its departments, registries, customs, consulates). */
    MINISTRY
}
