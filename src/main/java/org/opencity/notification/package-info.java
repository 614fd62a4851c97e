/**
 * Telling residents and officers about changes that concern them. It listens to other modules' events (stored with
 * their transactions) and delivers to each person's inbox and channels; the one call other modules make is
 * {@link org.opencity.notification.TextMessages}, to text a number that has no account.
 */
@ApplicationModule(displayName = "Notifications")
package org.opencity.notification;

import org.springframework.modulith.ApplicationModule;
