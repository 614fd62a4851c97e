package org.opencity.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.IdentityVerification;
import org.opencity.identity.ResidentLookup;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Sign-up, own profile, identity verification by officers")
class AccountApiController {

    private final AccountManagement accounts;
    private final ResidentLookup residents;
    private final IdentityVerification identityChecks;

    AccountApiController(AccountManagement accounts, ResidentLookup residents, IdentityVerification identityChecks) {
        this.accounts = accounts;
        this.residents = residents;
        this.identityChecks = identityChecks;
    }

    @PostMapping("/accounts")
    @Operation(summary = "Open a resident account (identity level 1). Send an Idempotency-Key to retry safely.")
    ResponseEntity<Account> signUp(@Valid @RequestBody SignUpRequest request) {
        Account account = accounts.register(request.registration());
        return ResponseEntity.created(URI.create("/api/v1/me")).body(account);
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    Account me(Actor actor) {
        return accounts.account(actor.id());
    }

    @PutMapping("/me")
    @Operation(summary = "Change name, home ward or language")
    Account updateMe(Actor actor, @Valid @RequestBody ProfileChange change) {
        return accounts.updateProfile(actor.id(), change.displayName(), change.homeWardCode(), change.locale());
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change password")
    void changePassword(Actor actor, @Valid @RequestBody PasswordChange change) {
        accounts.changePassword(actor.id(), change.currentPassword(), change.newPassword());
    }

    @GetMapping("/accounts/lookup")
    @Operation(summary = "Officers of the resident's ward: find a resident by phone or email (audited)")
    Account lookup(Actor officer, @RequestParam String login) {
        return residents.find(officer, login);
    }

    @PostMapping("/accounts/{id}/identity-verification")
    @Operation(summary = "Officers of the resident's ward: record the citizen ID check (identity level 2)")
    Account verify(Actor officer, @PathVariable UUID id, @Valid @RequestBody IdentityCheck check) {
        return identityChecks.verify(officer, new AccountId(id), check.citizenId());
    }

    record ProfileChange(
            @NotBlank @Size(max = 120) String displayName,
            @Size(max = 5) String homeWardCode,
            @Size(max = 5) String locale) {}

    record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 8, max = 128) String newPassword) {}

    record IdentityCheck(@NotBlank @Size(max = 20) String citizenId) {}
}
