package org.opencity.notification;

import org.opencity.identity.AccountId;
import org.opencity.notification.internal.PreferenceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which channels a person wants, and their quiet hours for text messages.
 */
@Service
public class NotificationPreferences {

    private final PreferenceRepository preferences;

    NotificationPreferences(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public NotificationSettings of(AccountId account) {
        return preferences.of(account.value());
    }

    @Transactional
    public NotificationSettings change(AccountId account, NotificationSettings settings) {
        preferences.save(account.value(), settings);
        return settings;
    }
}
