/**
 * The platform shell every module stands on: embedded database, API conventions (problem responses,
 * pagination, idempotent POSTs, request ids), languages and the home page.
 */
@ApplicationModule(displayName = "Platform")
package org.opencity.platform;

import org.springframework.modulith.ApplicationModule;
