package org.opencity.dossier;

/**
 * How the fee of a dossier stands: nothing to pay, waiting, paid (with the provider's reference), or an exemption
 * the resident claims and the desk checks at reception.
 */
public enum Payment {
    FREE,
    UNPAID,
    PAID,
    EXEMPTION_CLAIMED;

    public boolean settled() {
        return this != UNPAID;
    }
}
