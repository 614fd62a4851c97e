package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Every event of a dossier's step carries the id of the history entry that step wrote, so a step that happens again
 * (sent back twice with the same reason) is a new event, never a copy of the first.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class DossierEventsTests {

    @Autowired
    org.opencity.dossier.TestDossiers testDossiers;

    static final String REASON = "Bổ sung bản sao giấy chứng sinh có chứng thực.";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierFiles files;

    @Autowired
    DossierDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.opencity.identity.IdentityVerification identityChecks;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachStepsEventCarriesItsHistoryEntry(AssertablePublishedEvents events) {
        Account resident = testDossiers.verifiedResident();
        Actor clerk = person("clerk.hoankiem@demo.opencity.vn");
        String code = testDossiers.submitted(resident);

        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT);
        dossiers.resubmit(resident.id(), code, Locale.ROOT);
        desk.receive(clerk, code, Locale.ROOT);
        desk.assign(clerk, code, clerk.id(), Locale.ROOT);
        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT);
        dossiers.resubmit(resident.id(), code, Locale.ROOT);
        desk.approve(clerk, code, null, Locale.ROOT);
        desk.issueResult(clerk, code, Locale.ROOT);

        assertThat(events.ofType(DossierReturned.class).matching(e -> e.code().equals(code)))
                .extracting(DossierReturned::stepId)
                .containsExactlyElementsOf(steps(code, "RETURN_FOR_SUPPLEMENT"))
                .hasSize(2)
                .doesNotHaveDuplicates();
        assertThat(events.ofType(DossierReceived.class).matching(e -> e.code().equals(code)))
                .extracting(DossierReceived::stepId)
                .containsExactlyElementsOf(steps(code, "RECEIVE"));
        assertThat(events.ofType(DossierAssigned.class).matching(e -> e.code().equals(code)))
                .extracting(DossierAssigned::stepId)
                .containsExactlyElementsOf(steps(code, "ASSIGN"));
        assertThat(events.ofType(DossierResultIssued.class)
                        .matching(e -> e.code().equals(code)))
                .extracting(DossierResultIssued::stepId)
                .containsExactlyElementsOf(steps(code, "ISSUE_RESULT"));
    }

    @Test
    void aRefusalCarriesItsHistoryEntry(AssertablePublishedEvents events) {
        String code = testDossiers.submitted(testDossiers.verifiedResident());
        desk.notAccept(person("clerk.hoankiem@demo.opencity.vn"), code, "Không thuộc thẩm quyền.", Locale.ROOT);

        assertThat(events.ofType(DossierRefused.class).matching(e -> e.code().equals(code)))
                .extracting(DossierRefused::stepId)
                .containsExactlyElementsOf(steps(code, "NOT_ACCEPT"));
    }

    private List<Long> steps(String code, String action) {
        return jdbc.sql("""
                select e.id from dsr_event e join dsr_dossier d on d.id = e.dossier_id
                where d.code = :code and e.action = :action order by e.id""")
                .param("code", code)
                .param("action", action)
                .query(Long.class)
                .list();
    }

    private Actor person(String login) {
        return actors.actor(actors.byLogin(login).orElseThrow()).orElseThrow();
    }
}
