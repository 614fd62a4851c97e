package org.opencity.notification.internal;

import java.util.List;
import java.util.Optional;
import org.opencity.identity.AccountId;
import org.opencity.notification.NotificationChannel;
import org.opencity.notification.NotificationSettings;
import org.springframework.stereotype.Component;

/**
 * The channels this installation has, and each person's choice among them.
 */
@Component
class Channels {

    private final List<Channel> all;
    private final PreferenceRepository preferences;

    Channels(List<Channel> all, PreferenceRepository preferences) {
        this.all = all;
        this.preferences = preferences;
    }

    List<Channel> usable() {
        return all.stream().filter(Channel::available).toList();
    }

    Optional<Channel> of(NotificationChannel kind) {
        return all.stream().filter(c -> c.kind() == kind).findFirst();
    }

    NotificationSettings settings(AccountId account) {
        return preferences.of(account.value());
    }
}
