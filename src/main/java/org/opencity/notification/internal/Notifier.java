package org.opencity.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.notification.NotificationChannel;
import org.opencity.notification.NotificationSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns "this person should hear about this" into an inbox message and one queued delivery per channel the person
 * chose and can be reached on. Queuing is all it does: the sending happens later, outside this transaction, so a
 * slow or broken channel never holds up the change that caused the notification.
 */
@Component
public class Notifier {

    private final AccountManagement accounts;
    private final NotificationTemplates templates;
    private final InboxRepository inbox;
    private final DeliveryRepository deliveries;
    private final Channels channels;
    private final Clock clock;

    Notifier(
            AccountManagement accounts,
            NotificationTemplates templates,
            InboxRepository inbox,
            DeliveryRepository deliveries,
            Channels channels,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.templates = templates;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.channels = channels;
    }

    /**
     * @param sourceEvent a key unique to the event (e.g. "report:PA-2026-000123:RESOLVED:step-4711", see
     *        {@link #stepKey}), so that handling the same event again adds nothing
     * @param link where the matter can be seen, relative to the platform (e.g. "/reports/PA-2026-000123")
     */
    @Transactional
    public void notify(AccountId recipient, String sourceEvent, String template, List<String> params, String link) {
        Account account = accounts.account(recipient);
        NotificationTemplates.Rendered text =
                templates.render(template, params, Locale.forLanguageTag(account.locale()));
        inbox.deliver(recipient.value(), sourceEvent, text.title(), text.body(), link);
        NotificationSettings settings = channels.settings(recipient);
        Instant now = clock.instant();
        for (Channel channel : channels.usable()) {
            if (!settings.allows(channel.kind())) {
                continue;
            }
            Instant due = channel.kind() == NotificationChannel.SMS ? QuietHours.nextAllowed(settings, now) : now;
            channel.address(account)
                    .ifPresent(address -> deliveries.queue(
                            recipient.value(), sourceEvent, template, params, link, channel.kind(), address, due));
        }
    }

    /**
     * The key of one step of a matter, from the id of the history entry the step wrote (e.g.
     * "dossier:HS-2026-000123:RETURNED:step-4711"): the same step handled twice adds nothing, while a step that
     * happens again (sent back twice for the same reason, received again after a supplement) is told again.
     *
     * @param keyWithoutStep the key the event had before events carried their step: a publication stored then reads
     *        with {@code stepId} null and keeps that key, so it is still recognised if it was handled already
     */
    static String stepKey(String matter, String step, Long stepId, String keyWithoutStep) {
        return stepId == null ? keyWithoutStep : matter + ":" + step + ":step-" + stepId;
    }
}
