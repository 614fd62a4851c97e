package org.opencity.hotline.internal.voicereport;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.notification.TextMessages;
import org.opencity.shared.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Texts a caller, who has no account, the number of the report they left, through the notification module's queue
 * (retried, shown masked to administrators). Keyed by the call, so filing the report again never texts twice.
 */
@Component
class CallerTexts {

    private static final Logger log = LoggerFactory.getLogger(CallerTexts.class);

    private final TextMessages texts;

    CallerTexts(TextMessages texts) {
        this.texts = texts;
    }

    void reportFiled(String phone, UUID call, String reportNumber, Locale language) {
        // Checked here, not by catching the refusal: a refusal inside the filing's transaction would undo the report.
        if (PhoneNumber.parse(phone).isEmpty()) {
            log.info("No SMS for voice report {}: the caller's number is not one the SMS gateway serves", reportNumber);
            return;
        }
        texts.send(phone, "hotline-report:" + call, "report.received", List.of(reportNumber, "", "", ""), language);
    }
}
