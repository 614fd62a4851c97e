package org.opencity.identity;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencity.identity.internal.AccountRepository;
import org.opencity.identity.internal.CitizenIdHasher;
import org.opencity.platform.InvalidRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer of the resident's own ward (committee or public-service centre) has seen the citizen ID card, which
 * raises the account to identity level 2. Only a keyed hash and the last three digits of the number are kept.
 */
@Service
public class IdentityVerification {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Set<Role> VERIFIERS = Set.of(Role.WARD_OFFICER, Role.CENTRE_CLERK);

    private final AccountManagement accounts;
    private final AccountRepository repository;
    private final CitizenIdHasher citizenIds;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    IdentityVerification(
            AccountManagement accounts,
            AccountRepository repository,
            CitizenIdHasher citizenIds,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.repository = repository;
        this.citizenIds = citizenIds;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Account verify(Actor officer, AccountId residentId, String citizenId) {
        Account resident = accounts.account(residentId);
        if (!officer.canActForWard(resident.homeWardCode(), VERIFIERS)) {
            throw new NotAllowed("account", residentId.toString());
        }
        String digits = citizenId == null ? "" : citizenId.replaceAll("\\s", "");
        if (!CITIZEN_ID.matcher(digits).matches()) {
            throw new InvalidRequest("problem.account.citizen-id-invalid");
        }
        String hash = citizenIds.hash(digits);
        if (repository.citizenIdUsedByOther(hash, residentId)) {
            throw new CitizenIdAlreadyUsed();
        }
        UnitId unit = officer.assignments().stream()
                .filter(a ->
                        VERIFIERS.contains(a.role()) && resident.homeWardCode().equals(a.wardCode()))
                .map(RoleAssignment::unitId)
                .findFirst()
                .orElse(null);
        repository.markVerified(residentId, hash, digits.substring(9), officer.id(), unit);
        audit.record(
                officer,
                IdentityAuditAction.IDENTITY_VERIFIED,
                "account",
                residentId.toString(),
                unit,
                Map.of("identityLevel", 2, "citizenIdLast3", digits.substring(9)));
        events.publishEvent(new IdentityVerified(residentId, unit, officer.id()));
        return accounts.account(residentId);
    }
}
