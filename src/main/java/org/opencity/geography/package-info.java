/**
 * Where things are: provinces, wards and communes with their official codes, their boundaries,
 * the old names people still use, and which ward contains a point.
 */
@ApplicationModule(displayName = "Geography")
package org.opencity.geography;

import org.springframework.modulith.ApplicationModule;
