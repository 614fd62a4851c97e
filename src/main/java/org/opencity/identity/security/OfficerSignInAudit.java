package org.opencity.identity.security;

import java.util.Map;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actors;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.IdentityAuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Officers' sign-ins are actions too: each one goes into the audit log.
 */
@Component
class OfficerSignInAudit {

    private final Actors actors;
    private final AuditTrail audit;

    OfficerSignInAudit(Actors actors, AuditTrail audit) {
        this.actors = actors;
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof UserDetails user) {
            actors.actor(new AccountId(UUID.fromString(user.getUsername())))
                    .filter(actor -> actor.isOfficer())
                    .ifPresent(officer -> audit.record(
                            officer,
                            IdentityAuditAction.SIGNED_IN,
                            "account",
                            officer.id().toString(),
                            null,
                            Map.of()));
        }
    }
}
