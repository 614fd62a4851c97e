package org.opencity.hotline.internal.voicereport;

import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Texts a caller, who has no account, through the notification module. */
@Component
class CallerTexts {

    void reportFiled(String phone, UUID call, String reportNumber, Locale language) {
        // Wired to the notification module's account-less SMS when it lands (branch sms).
    }
}
