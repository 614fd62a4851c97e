/**
 * Who is who: resident accounts and their identity level, organisation units, officers' roles per unit,
 * sign-in (pages and OAuth2 tokens) and the append-only audit log of officer actions.
 */
@ApplicationModule(displayName = "Identity")
package org.opencity.identity;

import org.springframework.modulith.ApplicationModule;
