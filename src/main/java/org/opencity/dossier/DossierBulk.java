package org.opencity.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.LocalizedProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same step on many dossiers at once (receive a morning's submissions, assign a batch to one officer). Each
 * dossier is its own transaction: one that fails is reported and the others go through. Inside a request that
 * already has a transaction (one with an Idempotency-Key) each dossier is a savepoint of it instead, so a refused
 * dossier is undone alone and the whole batch commits with its stored answer.
 */
@Service
public class DossierBulk {

    public static final int MAX = 200;

    private final DossierDesk desk;
    private final TransactionTemplate eachDossier;

    DossierBulk(DossierDesk desk, PlatformTransactionManager transactions) {
        this.desk = desk;
        this.eachDossier = new TransactionTemplate(transactions);
        this.eachDossier.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public Map<String, String> apply(
            Actor officer, DossierAction action, List<String> codes, AccountId assignee, Locale locale) {
        if (action != DossierAction.RECEIVE && action != DossierAction.ASSIGN) {
            throw new InvalidRequest("problem.dossier.bulk-action");
        }
        Map<String, String> outcome = new LinkedHashMap<>();
        for (String code : codes.stream().distinct().limit(MAX).toList()) {
            try {
                eachDossier.executeWithoutResult(status -> {
                    if (action == DossierAction.RECEIVE) {
                        desk.receive(officer, code, locale);
                    } else {
                        desk.assign(officer, code, assignee, locale);
                    }
                });
                outcome.put(code, "OK");
            } catch (LocalizedProblem problem) {
                outcome.put(code, problem.code());
            }
        }
        return outcome;
    }
}
