package org.opencity.report.internal;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves demo reports along, so the demo shows every status: assigned, in progress, answered, resolved, rated.
 * Writes straight to the tables, as a migration would, because these steps happened "in the past".
 */
@Component
class DemoProgress {

    private static final List<String> ANSWERS = List.of(
            "Phường đã cử tổ công tác kiểm tra hiện trường và lên phương án khắc phục.",
            "Đơn vị đã xử lý xong, đề nghị người dân kiểm tra lại.",
            "Đã phối hợp với công ty môi trường đô thị thu gom trong ngày.");

    private final JdbcClient jdbc;

    DemoProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void advance(String number, Random random) {
        int stage = random.nextInt(10);
        if (stage < 3) {
            return;
        }
        UUID id = jdbc.sql("select id from rpt_report where number = :n")
                .param("n", number)
                .query(UUID.class)
                .single();
        step(id, "IN_PROGRESS", "IN_PROGRESS", null, 2);
        if (stage >= 5) {
            step(id, "ANSWERED", "IN_PROGRESS", ANSWERS.get(0), 6);
        }
        if (stage >= 7) {
            step(id, "RESOLVED", "RESOLVED", ANSWERS.get(1 + random.nextInt(2)), 20);
            jdbc.sql("update rpt_report set resolved_at = updated_at where id = :id")
                    .param("id", id)
                    .update();
        }
        if (stage == 9) {
            int stars = 3 + random.nextInt(3);
            step(id, "RATED", "CLOSED", String.valueOf(stars), 30);
            jdbc.sql("update rpt_report set rating = :s, closed_at = updated_at where id = :id")
                    .param("s", stars)
                    .param("id", id)
                    .update();
        }
    }

    private void step(UUID report, String kind, String status, String text, int hoursAfterCreation) {
        jdbc.sql("""
                insert into rpt_event (report_id, occurred_at, kind, status, public_text, internal, unit_id)
                select id, least(created_at + make_interval(hours => :h), now()), :kind, :status, :text, false, unit_id
                from rpt_report where id = :id""")
                .param("h", hoursAfterCreation)
                .param("kind", kind)
                .param("status", status)
                .param("text", text)
                .param("id", report)
                .update();
        jdbc.sql("""
                update rpt_report set status = :status, updated_at = least(created_at + make_interval(hours => :h), now()),
                    version = version + 1 where id = :id""")
                .param("status", status)
                .param("h", hoursAfterCreation)
                .param("id", report)
                .update();
    }
}
