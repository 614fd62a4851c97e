/**
 * Dossiers: a resident applies for an administrative procedure online, the one-stop desk receives it, officers
 * process it against the legal deadline in working days, and the result is issued as a digitally signed PDF.
 */
@ApplicationModule(displayName = "Dossiers")
package org.opencity.dossier;

import org.springframework.modulith.ApplicationModule;
