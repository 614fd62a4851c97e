package org.opencity.identity;

import java.time.Instant;

/**
 * What an account holder (and the officers serving them) may see of an account. No password hash,
 * no citizen ID number: only its last three digits once verified.
 */
public record Account(
        AccountId id,
        String displayName,
        String phone,
        String email,
        int identityLevel,
        String citizenIdLast3,
        Instant verifiedAt,
        String homeWardCode,
        String locale,
        Instant createdAt) {}
