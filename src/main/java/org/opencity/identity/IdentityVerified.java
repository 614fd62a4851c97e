package org.opencity.identity;

/**
 * An officer checked the resident's citizen ID card: the account is now identity level 2.
 */
public record IdentityVerified(AccountId accountId, UnitId verifiedAt, AccountId verifiedBy) {}
