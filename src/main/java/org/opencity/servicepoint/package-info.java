/**
 * Where residents are served in person: every ward's public-service centre, the city's centre and the mobile service
 * vehicles, with their service lines, counters and opening hours. Appointments and queues happen at these points.
 */
@ApplicationModule(displayName = "Service points")
package org.opencity.servicepoint;

import org.springframework.modulith.ApplicationModule;
