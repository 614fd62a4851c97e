package org.opencity.identity;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.WardNotFound;
import org.opencity.identity.internal.AccountRepository;
import org.opencity.identity.internal.CitizenIdHasher;
import org.opencity.platform.InvalidRequest;
import org.opencity.shared.PhoneNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' accounts: sign-up, profile, password, and the officer's check of a citizen ID card that
 * raises an account to identity level 2.
 */
@Service
public class AccountManagement {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Set<Role> VERIFIERS = Set.of(Role.WARD_OFFICER, Role.CENTRE_CLERK);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AdministrativeUnits geography;
    private final CitizenIdHasher citizenIds;
    private final Collaborators with;

    AccountManagement(AccountRepository accounts, PasswordEncoder passwords, AdministrativeUnits geography,
            CitizenIdHasher citizenIds, Collaborators with) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.geography = geography;
        this.citizenIds = citizenIds;
        this.with = with;
    }

    @Transactional
    public Account register(Registration registration) {
        String phone = blank(registration.phone()) ? null : PhoneNumber.parse(registration.phone())
                .map(PhoneNumber::e164).orElseThrow(() -> new InvalidRequest("problem.account.phone-invalid"));
        String email = blank(registration.email()) ? null : Logins.email(registration.email())
                .orElseThrow(() -> new InvalidRequest("problem.account.email-invalid"));
        if (phone == null && email == null) {
            throw new InvalidRequest("problem.account.login-missing");
        }
        String name = requireName(registration.displayName());
        checkPassword(registration.password());
        String ward = checkWard(registration.homeWardCode());
        if (accounts.loginTaken(phone, email)) {
            throw new LoginAlreadyTaken();
        }
        AccountId id = AccountId.random();
        String locale = "en".equals(registration.locale()) ? "en" : "vi";
        try {
            accounts.insert(id, phone, email, name, passwords.encode(registration.password()), ward, locale);
        } catch (DuplicateKeyException sameLoginAtTheSameMoment) {
            // Two sign-ups with one login passed the check above together; the unique index let one through.
            throw new LoginAlreadyTaken();
        }
        with.events().publishEvent(new AccountRegistered(id, locale));
        return account(id);
    }

    @Transactional(readOnly = true)
    public Account account(AccountId id) {
        return accounts.find(id).orElseThrow(() -> new AccountNotFound(id));
    }

    @Transactional
    public Account updateProfile(AccountId id, String displayName, String homeWardCode, String locale) {
        account(id);
        accounts.updateProfile(id, requireName(displayName), checkWard(homeWardCode), "en".equals(locale) ? "en" : "vi");
        return account(id);
    }

    @Transactional
    public void changePassword(AccountId id, String current, String replacement) {
        String hash = accounts.passwordHash(id).orElseThrow(() -> new AccountNotFound(id));
        if (current == null || !passwords.matches(current, hash)) {
            throw new WrongPassword();
        }
        checkPassword(replacement);
        accounts.updatePassword(id, passwords.encode(replacement));
    }

    /**
     * An officer of the resident's own ward (committee or service centre) has seen the citizen ID card.
     * Only a keyed hash and the last three digits of the number are kept.
     */
    @Transactional
    public Account verifyIdentity(Actor officer, AccountId residentId, String citizenId) {
        Account resident = account(residentId);
        if (!officer.canActForWard(resident.homeWardCode(), VERIFIERS)) {
            throw new NotAllowed("account", residentId.toString());
        }
        String digits = citizenId == null ? "" : citizenId.replaceAll("\\s", "");
        if (!CITIZEN_ID.matcher(digits).matches()) {
            throw new InvalidRequest("problem.account.citizen-id-invalid");
        }
        String hash = citizenIds.hash(digits);
        if (accounts.citizenIdUsedByOther(hash, residentId)) {
            throw new CitizenIdAlreadyUsed();
        }
        UnitId unit = officer.assignments().stream()
                .filter(a -> VERIFIERS.contains(a.role()) && resident.homeWardCode().equals(a.wardCode()))
                .map(RoleAssignment::unitId).findFirst().orElse(null);
        accounts.markVerified(residentId, hash, digits.substring(9), officer.id(), unit);
        with.audit().record(officer, IdentityAuditAction.IDENTITY_VERIFIED, "account", residentId.toString(), unit,
                Map.of("identityLevel", 2, "citizenIdLast3", digits.substring(9)));
        with.events().publishEvent(new IdentityVerified(residentId, unit, officer.id()));
        return account(residentId);
    }

    private String checkWard(String wardCode) {
        if (blank(wardCode)) {
            return null;
        }
        return geography.findWard(wardCode.trim()).orElseThrow(() -> new WardNotFound(wardCode)).code();
    }

    private static String requireName(String name) {
        if (blank(name) || name.trim().length() > 120) {
            throw new InvalidRequest("problem.account.name-invalid");
        }
        return name.trim();
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidRequest("problem.account.password-weak", MIN_PASSWORD, MAX_PASSWORD);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
