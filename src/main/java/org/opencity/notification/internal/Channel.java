package org.opencity.notification.internal;

import org.opencity.identity.Account;
import org.opencity.notification.NotificationChannel;

/**
 * A way out of the platform (email, SMS gateway, Web Push; Zalo OA could be another). Implementations never throw
 * for a failed send: they say whether it is worth retrying.
 */
public interface Channel {

    NotificationChannel kind();

    /** Configured on this installation (a mail host, a gateway URL…). */
    boolean available();

    /** Whether this person can be reached this way at all (has an email, a phone, a subscribed browser). */
    boolean reaches(Account account);

    /** A masked address for administrators, e.g. "n***@gmail.com". */
    String addressHint(Account account);

    SendOutcome send(Outgoing message);
}
