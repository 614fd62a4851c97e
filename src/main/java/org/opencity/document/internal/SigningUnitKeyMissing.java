package org.opencity.document.internal;

/**
 * The configured keystore has no key for a unit that was asked to sign: an installation problem, not a user's.
 */
class SigningUnitKeyMissing extends IllegalStateException {

    SigningUnitKeyMissing(String unitCode, String alias) {
        super("The document keystore has no private key entry '" + alias + "' for unit " + unitCode);
    }
}
