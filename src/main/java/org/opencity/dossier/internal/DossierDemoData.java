package org.opencity.dossier.internal;

import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossiers of the verified demo resident at the Hoàn Kiếm one-stop desk, in every stage, so that a first look at
 * the desk and at "my dossiers" shows the process: waiting, received, in processing, sent back, overdue, with a
 * signed result, handed over and rated. Runs once, when demo data are on and there is no dossier yet; each dossier
 * is made by {@link DemoDossiers} through the same services as a person would use.
 */
@Component
@Order(20)
class DossierDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);
    private static final List<String> PROCEDURES = List.of(
            "1.001193",
            "1.000894",
            "1.001612",
            "1.004194",
            "1.004222",
            "1.013225",
            "1.013978",
            "3.000333",
            "1.000656",
            "1.001193",
            "1.000894",
            "1.001612");

    private final DemoDossiers dossiers;
    private final Actors actors;
    private final JdbcClient jdbc;
    private final int count;

    DossierDemoData(
            DemoDossiers dossiers,
            Actors actors,
            JdbcClient jdbc,
            @Value("${opencity.demo.enabled}") boolean enabled,
            @Value("${opencity.demo.dossiers:12}") int count) {
        this.dossiers = dossiers;
        this.actors = actors;
        this.jdbc = jdbc;
        this.count = enabled ? count : 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0
                || jdbc.sql("select count(*) from dsr_dossier")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        AccountId resident = actors.byLogin("verified@demo.opencity.vn").orElse(null);
        AccountId clerkId = actors.byLogin("clerk.hoankiem@demo.opencity.vn").orElse(null);
        if (resident == null || clerkId == null) {
            return;
        }
        Actor clerk = actors.actor(clerkId).orElseThrow();
        int made = 0;
        for (int i = 0; i < count; i++) {
            String code = PROCEDURES.get(i % PROCEDURES.size());
            try {
                String dossier = dossiers.submitted(resident, code, i);
                dossiers.advance(clerk, resident, dossier, i % 8);
                made++;
            } catch (org.opencity.platform.LocalizedProblem skipped) {
                log.debug("demo dossier for {} skipped: {}", code, skipped.getMessage());
            } catch (RuntimeException broken) {
                // Demo data must never keep the platform from starting.
                log.warn("demo dossier for {} not made", code, broken);
            }
        }
        log.info("Demo dossiers: {} at the Hoàn Kiếm one-stop desk", made);
    }
}
