/**
 * The procedures catalogue: what each administrative procedure needs, costs and takes, who handles it, and
 * whether it can be done online; searched by words (with or without diacritics), field, level and life event.
 */
@ApplicationModule(displayName = "Procedures catalogue")
package org.opencity.procedure;

import org.springframework.modulith.ApplicationModule;
