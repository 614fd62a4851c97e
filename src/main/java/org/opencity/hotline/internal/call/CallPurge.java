package org.opencity.hotline.internal.call;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.opencity.hotline.internal.HotlineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes calls older than the retention period ({@code opencity.hotline.retention}) with what they hold of the
 * caller: the number, the transcript, the recording. A call whose call-back nobody has done yet stays until it is
 * done. The citizen report a call left stays in the report module (it keeps the number as a private contact, like
 * any report). Safe on several nodes at once.
 */
@Component
public class CallPurge {

    private static final Logger log = LoggerFactory.getLogger(CallPurge.class);

    private final JdbcClient jdbc;
    private final HotlineProperties settings;
    private final Clock clock;

    CallPurge(JdbcClient jdbc, HotlineProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public int purge() {
        Instant cutOff = clock.instant().minus(settings.retention());
        int deleted = jdbc.sql("""
                delete from htl_call c where c.started_at < :cutOff
                and not exists (select 1 from htl_callback b where b.call_id = c.id and b.done_at is null)""").param("cutOff", Timestamp.from(cutOff)).update();
        if (deleted > 0) {
            log.info("Deleted {} hotline calls started before {}", deleted, cutOff);
        }
        return deleted;
    }
}
