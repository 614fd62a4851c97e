package org.opencity.notification.internal;

import java.util.Optional;
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

    /**
     * How this person is reached this way, masked for administrators (e.g. "n***@gmail.com"), or empty when they
     * cannot be (no email, no phone, no subscribed browser).
     */
    Optional<String> address(Account account);

    SendOutcome send(Outgoing message);
}
