package org.opencity.notification;

import java.time.Instant;

/**
 * A message in a person's in-app inbox, already written in their language.
 */
public record InboxMessage(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
