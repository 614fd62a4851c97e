package org.opencity.notification;

import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.notification.internal.Notifier;
import org.springframework.stereotype.Service;

/**
 * Tells a person something through the channels they chose (inbox, email, SMS, push), for modules whose news is not an
 * event other modules follow: the monthly progress report for the city's operators, for instance. Called inside the
 * caller's transaction, so the notice is kept if and only if what it tells about is.
 */
@Service
public class Notices {

    private final Notifier notifier;

    Notices(Notifier notifier) {
        this.notifier = notifier;
    }

    /**
     * @param sourceEvent what the notice is about, unique per recipient: the same one twice is sent once
     * @param template the notice's texts, messages {@code notification.<template>.title}, {@code .body}, {@code .sms}
     * @param link where the notice leads, a path on this site
     */
    public void tell(AccountId recipient, String sourceEvent, String template, List<String> params, String link) {
        notifier.notify(recipient, sourceEvent, template, params, link);
    }
}
