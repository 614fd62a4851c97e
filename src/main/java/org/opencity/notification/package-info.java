/**
 * Telling residents and officers about changes that concern them. Other modules never call it: it listens to
 * their events (stored with their transactions) and delivers to each person's inbox.
 */
@ApplicationModule(displayName = "Notifications")
package org.opencity.notification;

import org.springframework.modulith.ApplicationModule;
