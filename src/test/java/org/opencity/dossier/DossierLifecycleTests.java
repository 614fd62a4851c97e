package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencity.dossier.DossierStatus.APPROVED;
import static org.opencity.dossier.DossierStatus.DELIVERED;
import static org.opencity.dossier.DossierStatus.DRAFT;
import static org.opencity.dossier.DossierStatus.IN_PROCESSING;
import static org.opencity.dossier.DossierStatus.NOT_ACCEPTED;
import static org.opencity.dossier.DossierStatus.RECEIVED;
import static org.opencity.dossier.DossierStatus.REFUSED;
import static org.opencity.dossier.DossierStatus.RESULT_ISSUED;
import static org.opencity.dossier.DossierStatus.RETURNED;
import static org.opencity.dossier.DossierStatus.SUBMITTED;
import static org.opencity.dossier.DossierStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every step against every status: the one-stop process as the rules describe it, written out here independently
 * of {@link DossierAction}, so that a change to either shows up.
 */
class DossierLifecycleTests {

    /** Action → (from → to). Anything not listed must be refused. */
    private static final Map<DossierAction, Map<DossierStatus, DossierStatus>> ALLOWED =
            new EnumMap<>(DossierAction.class);

    static {
        allow(DossierAction.SUBMIT, DRAFT, SUBMITTED);
        allow(DossierAction.RESUBMIT, RETURNED, SUBMITTED); // sent back at the desk: checked again
        allow(DossierAction.WITHDRAW, DRAFT, WITHDRAWN);
        allow(DossierAction.WITHDRAW, SUBMITTED, WITHDRAWN);
        allow(DossierAction.WITHDRAW, RETURNED, WITHDRAWN);
        allow(DossierAction.WITHDRAW, RECEIVED, WITHDRAWN);
        allow(DossierAction.RECEIVE, SUBMITTED, RECEIVED);
        allow(DossierAction.RETURN_FOR_SUPPLEMENT, SUBMITTED, RETURNED);
        allow(DossierAction.RETURN_FOR_SUPPLEMENT, IN_PROCESSING, RETURNED);
        allow(DossierAction.NOT_ACCEPT, SUBMITTED, NOT_ACCEPTED);
        allow(DossierAction.ASSIGN, RECEIVED, IN_PROCESSING);
        allow(DossierAction.ASSIGN, IN_PROCESSING, IN_PROCESSING);
        allow(DossierAction.FORWARD, RECEIVED, IN_PROCESSING);
        allow(DossierAction.FORWARD, IN_PROCESSING, IN_PROCESSING);
        allow(DossierAction.REQUEST_OPINION, IN_PROCESSING, IN_PROCESSING);
        allow(DossierAction.APPROVE, IN_PROCESSING, APPROVED);
        allow(DossierAction.REFUSE, IN_PROCESSING, REFUSED);
        allow(DossierAction.ISSUE_RESULT, APPROVED, RESULT_ISSUED);
        allow(DossierAction.DELIVER, RESULT_ISSUED, DELIVERED);
        allow(DossierAction.APOLOGISE, RECEIVED, RECEIVED);
        allow(DossierAction.APOLOGISE, IN_PROCESSING, IN_PROCESSING);
        allow(DossierAction.APOLOGISE, APPROVED, APPROVED);
    }

    private static void allow(DossierAction action, DossierStatus from, DossierStatus to) {
        ALLOWED.computeIfAbsent(action, a -> new EnumMap<>(DossierStatus.class)).put(from, to);
    }

    @Test
    void everyStepFromEveryStatus() {
        int allowed = 0;
        int refused = 0;
        for (DossierAction action : DossierAction.values()) {
            for (DossierStatus status : DossierStatus.values()) {
                DossierStatus expected = ALLOWED.getOrDefault(action, Map.of()).get(status);
                if (expected != null) {
                    assertThat(action.next(status, false))
                            .as(action + " from " + status)
                            .isEqualTo(expected);
                    allowed++;
                } else {
                    assertThatThrownBy(() -> action.next(status, false))
                            .as(action + " from " + status)
                            .isInstanceOf(DossierStepNotAllowed.class);
                    refused++;
                }
            }
        }
        assertThat(allowed).isEqualTo(22);
        assertThat(refused).isEqualTo(DossierAction.values().length * DossierStatus.values().length - 22);
    }

    @Test
    void aDossierSentBackDuringProcessingReturnsToProcessing() {
        assertThat(DossierAction.RESUBMIT.next(RETURNED, true)).isEqualTo(IN_PROCESSING);
    }

    @Test
    void finishedDossiersAcceptNoFurtherStep() {
        for (DossierStatus finished : new DossierStatus[] {DELIVERED, WITHDRAWN, NOT_ACCEPTED, REFUSED}) {
            for (DossierAction action : DossierAction.values()) {
                assertThat(action.allowedFrom(finished))
                        .as(action + " from " + finished)
                        .isFalse();
            }
        }
    }
}
