package org.opencity.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of rpt_pending_photo; every read is limited to the owner's photos that have not expired. */
@Repository
class PendingPhotoRepository {

    private final JdbcClient jdbc;

    PendingPhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID owner, String filename, byte[] content, byte[] thumbnail, Instant at, Instant expires) {
        jdbc.sql("""
                insert into rpt_pending_photo (id, account_id, filename, content, thumbnail, created_at, expires_at)
                values (:id, :owner, :filename, :content, :thumbnail, :created, :expires)""")
                .param("id", id)
                .param("owner", owner)
                .param("filename", filename)
                .param("content", content)
                .param("thumbnail", thumbnail)
                .param("created", Timestamp.from(at))
                .param("expires", Timestamp.from(expires))
                .update();
    }

    List<PendingPhoto> held(UUID owner, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, filename, thumbnail is not null as has_thumbnail from rpt_pending_photo
                where account_id = :owner and id in (:ids) and expires_at > :now
                order by created_at, id""")
                .param("owner", owner)
                .param("ids", List.copyOf(ids))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> PendingPhotoBuilder.builder()
                        .id(rs.getObject("id", UUID.class))
                        .filename(rs.getString("filename"))
                        .hasThumbnail(rs.getBoolean("has_thumbnail"))
                        .build())
                .list();
    }

    Optional<byte[]> content(UUID owner, UUID id, Instant now) {
        return jdbc.sql(
                        "select content from rpt_pending_photo where account_id = :owner and id = :id and expires_at > :now")
                .param("owner", owner)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(byte[].class)
                .optional();
    }

    Optional<byte[]> thumbnail(UUID owner, UUID id, Instant now) {
        return jdbc.sql("""
                select thumbnail from rpt_pending_photo
                where account_id = :owner and id = :id and expires_at > :now and thumbnail is not null""")
                .param("owner", owner)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(byte[].class)
                .optional();
    }

    void delete(UUID owner, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("delete from rpt_pending_photo where account_id = :owner and id in (:ids)")
                .param("owner", owner)
                .param("ids", List.copyOf(ids))
                .update();
    }

    void deleteExpired(Instant now) {
        jdbc.sql("delete from rpt_pending_photo where expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }
}
