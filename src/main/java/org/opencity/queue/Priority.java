package org.opencity.queue;

/**
 * Who is served before the others (the one-stop rules): the clerk at the kiosk ticks it, and a public kiosk lets the
 * resident declare it, as the rules allow; the clerk who calls the ticket sees it and may correct it in person.
 */
public enum Priority {
    ELDERLY,
    DISABILITY,
    PREGNANT,
    SMALL_CHILD
}
