package org.opencity.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every identity use case reports to: the audit trail and the event bus (stored with the transaction).
 */
@Component
record Collaborators(AuditTrail audit, ApplicationEventPublisher events) {
}
