package org.opencity.geography;

/**
 * A name from before the 2025 reorganisation that now points (wholly or in part) to a ward.
 *
 * @param context the former district of a former ward, when known
 * @param kind FORMER_WARD or FORMER_DISTRICT
 */
public record WardAlias(String alias, String context, String kind) {

    /** The name as people read it, with its former district when there is one. */
    public String label() {
        return context == null ? alias : alias + ", " + context;
    }
}
