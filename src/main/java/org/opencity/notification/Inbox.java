package org.opencity.notification;

import org.opencity.identity.AccountId;
import org.opencity.notification.internal.InboxRepository;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's in-app inbox: what happened to the things they follow.
 */
@Service
public class Inbox {

    private final InboxRepository messages;

    Inbox(InboxRepository messages) {
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public PageResponse<InboxMessage> messages(AccountId owner, PageQuery page) {
        return PageResponse.of(
                messages.page(owner.value(), page.size(), page.offset()), page, messages.count(owner.value()));
    }

    @Transactional(readOnly = true)
    public long unread(AccountId owner) {
        return messages.unread(owner.value());
    }

    @Transactional
    public void markRead(AccountId owner, long id) {
        messages.markRead(owner.value(), id);
    }

    @Transactional
    public void markAllRead(AccountId owner) {
        messages.markAllRead(owner.value());
    }
}
