package org.opencity.identity;

/**
 * A resident created an account (identity level 1, self-declared).
 */
public record AccountRegistered(AccountId accountId, String locale) {}
