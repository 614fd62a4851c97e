/**
 * Problems residents report in public space (the iHanoi channel): routed to the responsible ward or
 * department, handled by officers against a deadline, followed on a public timeline, rated by the resident,
 * and open to other systems through Open311 GeoReport v2.
 */
@ApplicationModule(displayName = "Citizen reports")
package org.opencity.report;

import org.springframework.modulith.ApplicationModule;
