package org.opencity.identity;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, unique residents for tests that share one database.
 */
final class TestResidents {

    static final String PASSWORD = "correct horse battery";

    private TestResidents() {}

    static String uniquePhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String uniqueEmail() {
        return "resident-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@example.vn";
    }

    static Account register(AccountManagement accounts, String wardCode) {
        return accounts.register(
                new Registration("Người Thử Nghiệm", uniquePhone(), uniqueEmail(), PASSWORD, wardCode, "vi"));
    }

    /** A 12-digit citizen ID number nobody else in the test run has. */
    static String uniqueCitizenId() {
        return "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }
}
