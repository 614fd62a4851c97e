package org.opencity.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PhotoRepository {

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PhotoRow photo) {
        jdbc.sql("""
                insert into rpt_photo (id, report_id, event_id, stage, content_type, original_key, public_key, thumb_key,
                    bytes, width, height, created_at)
                values (:id, :report, :event, :stage, :type, :original, :public, :thumb, :bytes, :width, :height, :created)""")
                .param("id", photo.id())
                .param("report", photo.reportId())
                .param("event", photo.eventId())
                .param("stage", photo.stage())
                .param("type", photo.contentType())
                .param("original", photo.originalKey())
                .param("public", photo.publicKey())
                .param("thumb", photo.thumbKey())
                .param("bytes", photo.bytes())
                .param("width", photo.width())
                .param("height", photo.height())
                .param("created", Timestamp.from(photo.createdAt()))
                .update();
    }

    public List<PhotoRow> of(UUID report) {
        return jdbc.sql("select * from rpt_photo where report_id = :report order by created_at, id")
                .param("report", report)
                .query(PhotoRepository::row)
                .list();
    }

    /** The first report photo with a public thumbnail of each report, in one query for a whole page. */
    public java.util.Map<UUID, PhotoRow> firstThumbnails(java.util.Collection<UUID> reports) {
        if (reports.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("""
                select distinct on (report_id) * from rpt_photo
                where report_id in (:reports) and stage = 'REPORT' and thumb_key is not null
                order by report_id, created_at, id""").param("reports", List.copyOf(reports)).query(PhotoRepository::row).list().stream()
                .collect(java.util.stream.Collectors.toMap(PhotoRow::reportId, p -> p));
    }

    public Optional<PhotoRow> byId(UUID id) {
        return jdbc.sql("select * from rpt_photo where id = :id")
                .param("id", id)
                .query(PhotoRepository::row)
                .optional();
    }

    private static PhotoRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PhotoRow(
                rs.getObject("id", UUID.class),
                rs.getObject("report_id", UUID.class),
                (Long) rs.getObject("event_id"),
                rs.getString("stage"),
                rs.getString("content_type"),
                rs.getString("original_key"),
                rs.getString("public_key"),
                rs.getString("thumb_key"),
                rs.getInt("bytes"),
                (Integer) rs.getObject("width"),
                (Integer) rs.getObject("height"),
                rs.getTimestamp("created_at").toInstant());
    }

    public record PhotoRow(
            UUID id,
            UUID reportId,
            Long eventId,
            String stage,
            String contentType,
            String originalKey,
            String publicKey,
            String thumbKey,
            int bytes,
            Integer width,
            Integer height,
            Instant createdAt) {}
}
