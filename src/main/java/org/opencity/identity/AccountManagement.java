package org.opencity.identity;

import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.WardNotFound;
import org.opencity.identity.internal.AccountRepository;
import org.opencity.platform.InvalidRequest;
import org.opencity.shared.PhoneNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' accounts: sign-up, profile and password. The officer's check of a citizen ID card is
 * {@link IdentityVerification}'s.
 */
@Service
public class AccountManagement {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AdministrativeUnits geography;
    private final ApplicationEventPublisher events;

    AccountManagement(
            AccountRepository accounts,
            PasswordEncoder passwords,
            AdministrativeUnits geography,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.geography = geography;
        this.events = events;
    }

    @Transactional
    public Account register(Registration registration) {
        String phone = blank(registration.phone())
                ? null
                : PhoneNumber.parse(registration.phone())
                        .map(PhoneNumber::e164)
                        .orElseThrow(() -> new InvalidRequest("problem.account.phone-invalid"));
        String email = blank(registration.email())
                ? null
                : Logins.email(registration.email())
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
        events.publishEvent(new AccountRegistered(id, locale));
        return account(id);
    }

    @Transactional(readOnly = true)
    public Account account(AccountId id) {
        return accounts.find(id).orElseThrow(() -> new AccountNotFound(id));
    }

    @Transactional
    public Account updateProfile(AccountId id, String displayName, String homeWardCode, String locale) {
        account(id);
        accounts.updateProfile(
                id, requireName(displayName), checkWard(homeWardCode), "en".equals(locale) ? "en" : "vi");
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

    private String checkWard(String wardCode) {
        if (blank(wardCode)) {
            return null;
        }
        return geography
                .findWard(wardCode.trim())
                .orElseThrow(() -> new WardNotFound(wardCode))
                .code();
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
