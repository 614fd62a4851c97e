package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.TestClock;
import org.opencity.dossier.internal.DossierRepository;
import org.opencity.dossier.internal.DossierViews;
import org.opencity.dossier.internal.LookupFailures;
import org.opencity.identity.Account;
import org.opencity.platform.LocalizedProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/**
 * The status look-up's throttle holds across nodes: two look-ups standing for two nodes (each its own instance, one
 * database) share one count of wrong guesses, so more nodes give an attacker no more tries.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDossiers.class)
class DossierLookupThrottleTests {

    @Autowired
    TestDossiers dossiers;

    @Autowired
    DossierRepository repository;

    @Autowired
    DossierViews views;

    @Autowired
    LookupFailures failures;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void wrongGuessesOnTwoNodesCountTogetherAndTheRestEndsWithTheWindow() {
        Account resident = dossiers.verifiedResident();
        String code = dossiers.submitted(resident);
        String digits = resident.phone().substring(resident.phone().length() - 4);
        String wrong = digits.equals("0000") ? "1111" : "0000";
        DossierLookup nodeA = new DossierLookup(repository, views, failures, (Clock) clock);
        DossierLookup nodeB = new DossierLookup(repository, views, failures, (Clock) clock);

        for (int guess = 0; guess < DossierLookup.MAX_FAILURES / 2; guess++) {
            assertThatThrownBy(() -> nodeA.status(code, wrong)).isInstanceOf(LocalizedProblem.class);
            assertThatThrownBy(() -> nodeB.status(code, wrong)).isInstanceOf(LocalizedProblem.class);
        }

        assertThatThrownBy(() -> nodeA.status(code, digits))
                .isInstanceOfSatisfying(
                        LocalizedProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        assertThatThrownBy(() -> nodeB.status(code, digits))
                .isInstanceOfSatisfying(
                        LocalizedProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        clock.advance(DossierLookup.REST.plus(Duration.ofMinutes(1)));
        assertThat(nodeB.status(code, digits).code()).isEqualTo(code);
    }

    @Test
    void aCodeThatIsNoReceiptCodeIsNotFoundWithoutBeingCounted() {
        DossierLookup lookup = new DossierLookup(repository, views, failures, (Clock) clock);

        assertThatThrownBy(() -> lookup.status("x".repeat(500), "1234"))
                .isInstanceOfSatisfying(
                        LocalizedProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(failures.within("X".repeat(500), DossierLookup.REST, clock.instant()))
                .isZero();
    }
}
