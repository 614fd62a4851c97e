package org.opencity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.dossier.DossierDesk;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierReceived;
import org.opencity.dossier.DossierReturned;
import org.opencity.dossier.DossierView;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.platform.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant hears of every step of their dossier once: a step that happens again, even with the same words, is
 * told again, because its notification is keyed by the history entry the step wrote; the same step handled twice is
 * told once; and a publication stored before events carried their step is still handled, with the key it had then.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierNotificationTests {

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
    Inbox inbox;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IncompleteEventPublications publications;

    @Test
    void aDossierSentBackTwiceForTheSameReasonIsToldTwice() {
        Account resident = testDossiers.verifiedResident();
        Actor clerk = people.actor(DemoPeople.HOAN_KIEM_CLERK);
        String code = testDossiers.submitted(resident);

        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT); // at the desk, before reception
        dossiers.resubmit(resident.id(), code, Locale.ROOT);
        desk.receive(clerk, code, Locale.ROOT);
        desk.assign(clerk, code, clerk.id(), Locale.ROOT);
        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT); // during processing, the same words

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(titled(resident, "cần bổ sung", code))
                        .hasSize(2)
                        .allSatisfy(m -> assertThat(m.body()).contains(REASON)));
        assertThat(titled(resident, "đã được tiếp nhận", code)).hasSize(1);
    }

    /**
     * The rules have no second reception today: a dossier is sent back at the desk before it is received, and one
     * sent back after reception returns to processing (see DossierLifecycleTests). Should the rules ever receive a
     * dossier again, that reception writes its own history entry, and is told although the first one was.
     */
    @Test
    void aDossierReceivedAgainIsToldAgain() {
        Account resident = testDossiers.verifiedResident();
        Actor clerk = people.actor(DemoPeople.HOAN_KIEM_CLERK);
        String code = testDossiers.submitted(resident);
        desk.returnForSupplement(clerk, code, REASON, Locale.ROOT);
        dossiers.resubmit(resident.id(), code, Locale.ROOT);
        DossierView received = desk.receive(clerk, code, Locale.ROOT);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(titled(resident, "đã được tiếp nhận", code)).hasSize(1));
        long first = step(code, "RECEIVE");
        assertThat(sources(resident, code)).contains("dossier:" + code + ":RECEIVED:step-" + first);

        DossierReceived again =
                new DossierReceived(code, resident.id(), received.procedureName(), received.dueAt(), first + 1_000_000);
        transactions.executeWithoutResult(tx -> events.publishEvent(again));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(titled(resident, "đã được tiếp nhận", code)).hasSize(2));
    }

    @Test
    void theSameStepHandledTwiceIsToldOnce() {
        Account resident = testDossiers.verifiedResident();
        String code = testDossiers.submitted(resident);
        DossierView returned =
                desk.returnForSupplement(people.actor(DemoPeople.HOAN_KIEM_CLERK), code, REASON, Locale.ROOT);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(titled(resident, "cần bổ sung", code)).hasSize(1));

        // The same event delivered again, as after a crash before its publication was marked complete.
        DossierReturned stored = new DossierReturned(
                code, resident.id(), returned.procedureName(), REASON, step(code, "RETURN_FOR_SUPPLEMENT"));
        transactions.executeWithoutResult(tx -> events.publishEvent(stored));

        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(titled(resident, "cần bổ sung", code)).hasSize(1));
    }

    /**
     * An event stored by the version before steps had ids has no "stepId": it reads as null and keeps the key it
     * always had, so a publication that was handled but not yet marked complete when the platform was upgraded is
     * recognised rather than told twice.
     */
    @Test
    void aPublicationStoredBeforeEventsCarriedTheirStepKeepsItsKey() {
        Account resident = testDossiers.verifiedResident();
        String code = testDossiers.submitted(resident);
        String before = """
                {"code":"%s","applicant":"%s","procedureName":"Đăng ký khai sinh","reason":"%s"}""".formatted(code, resident.id(), REASON);
        UUID first = storedPublication(DossierReturned.class, before);
        UUID second = storedPublication(DossierReturned.class, before);

        publications.resubmitIncompletePublications(p -> p.getIdentifier().equals(first));
        await().atMost(Duration.ofSeconds(10)).until(() -> isComplete(first));
        publications.resubmitIncompletePublications(p -> p.getIdentifier().equals(second));
        await().atMost(Duration.ofSeconds(10)).until(() -> isComplete(second));

        assertThat(titled(resident, "cần bổ sung", code))
                .singleElement()
                .satisfies(m -> assertThat(m.body()).contains(REASON));
        assertThat(sources(resident, code)).containsExactly("dossier:" + code + ":RETURNED:" + REASON.hashCode());
    }

    private List<InboxMessage> titled(Account resident, String words, String code) {
        return inbox.messages(resident.id(), PageQuery.of(0, 50)).items().stream()
                .filter(m -> m.title().contains(code) && m.title().contains(words))
                .toList();
    }

    private List<String> sources(Account resident, String code) {
        return jdbc.sql("select source_event from ntf_inbox where account_id = :a and source_event like :s order by id")
                .param("a", resident.id().value())
                .param("s", "dossier:" + code + ":%")
                .query(String.class)
                .list();
    }

    /** The id of the dossier's (only) history entry of this action. */
    private long step(String code, String action) {
        return jdbc.sql("""
                select e.id from dsr_event e join dsr_dossier d on d.id = e.dossier_id
                where d.code = :code and e.action = :action""")
                .param("code", code)
                .param("action", action)
                .query(Long.class)
                .single();
    }

    /**
     * A publication for the dossier notifier as the registry leaves one whose handling failed or went stale (as after
     * a crash): incomplete, marked FAILED, waiting to be resubmitted.
     */
    private UUID storedPublication(Class<?> eventType, String json) {
        UUID id = UUID.randomUUID();
        // The registry names a listener by its method, as Spring's @TransactionalEventListener does by default.
        String listener = "org.opencity.notification.internal.DossierNotifier.on(" + eventType.getName() + ")";
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                values (:id, :listener, :type, :json, :at, 'FAILED', 1)""")
                .param("id", id)
                .param("listener", listener)
                .param("type", eventType.getName())
                .param("json", json)
                .param("at", Timestamp.from(Instant.now().minusSeconds(60)))
                .update();
        return id;
    }

    private boolean isComplete(UUID publication) {
        return jdbc.sql("select count(*) from event_publication where id = :id and completion_date is null")
                        .param("id", publication)
                        .query(Long.class)
                        .single()
                == 0;
    }
}
