package org.opencity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The identity module's use cases publish the events other modules learn from.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityEventsTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.opencity.identity.IdentityVerification identityChecks;

    @Autowired
    Units units;

    @Test
    void signingUpPublishesAccountRegistered(Scenario scenario) {
        scenario.stimulate(() -> TestResidents.register(accounts, "00070"))
                .andWaitForEventOfType(AccountRegistered.class)
                .toArriveAndVerify((event, account) -> {
                    assertThat(event.accountId()).isEqualTo(account.id());
                    assertThat(event.locale()).isEqualTo("vi");
                });
    }

    @Test
    void anIdentityCheckPublishesIdentityVerified(Scenario scenario) {
        Account resident = TestResidents.register(accounts, "00070");
        Actor clerk = actors.actor(
                        actors.byLogin("clerk.hoankiem@demo.opencity.vn").orElseThrow())
                .orElseThrow();
        Unit centre = units.byCode("TTPVHCC-00070");
        scenario.stimulate(() -> identityChecks.verify(clerk, resident.id(), TestResidents.uniqueCitizenId()))
                .andWaitForEventOfType(IdentityVerified.class)
                .matching(event -> event.accountId().equals(resident.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.verifiedAt()).isEqualTo(centre.id());
                    assertThat(event.verifiedBy()).isEqualTo(clerk.id());
                });
    }

    @Autowired
    Actors actors;
}
