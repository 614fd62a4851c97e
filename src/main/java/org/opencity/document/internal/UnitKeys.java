package org.opencity.document.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import org.opencity.identity.Unit;

/**
 * Where issuing units' signing keys come from: the demo CA in the database, or a configured keystore.
 * Two real sources, hence an interface.
 */
public interface UnitKeys {

    SigningIdentity forUnit(Unit unit);

    /** The roots a signature must chain to for the platform to call it trusted. */
    List<X509Certificate> trustAnchors();
}
