package org.opencity.opendata.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.DataResourceBuilder;
import org.opencity.opendata.DatasetDraft;
import org.opencity.opendata.DatasetDraftBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registered datasets and their files ({@code od_dataset}, {@code od_resource}); a file's bytes are in the
 * database with it (backed up together, as dossier documents are), read back in chunks.
 */
@Repository
public class RegisteredDatasetRepository {

    private static final String COLUMNS = """
            id, name, title_vi, title_en, description_vi, description_en, publisher, license_id, themes, keywords,
            frequency, temporal_start, temporal_end, spatial, created_at, modified_at, withdrawn_at""";

    private final JdbcClient jdbc;

    RegisteredDatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a dataset; the draft's name is the one it keeps. */
    public void insert(UUID id, DatasetDraft draft, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into od_dataset (id, name, title_vi, title_en, description_vi, description_en, publisher,
                    license_id, themes, keywords, frequency, temporal_start, temporal_end, spatial, created_by,
                    created_at, modified_at)
                values (:id, :name, :titleVi, :titleEn, :descriptionVi, :descriptionEn, :publisher, :licence,
                    :themes, :keywords, :frequency, :start, :end, :spatial, :by, :now, :now)""")
                .param("id", id)
                .param("name", draft.name())
                .params(description(draft))
                .param("by", createdBy)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Changes everything but the name; false when the dataset is gone or withdrawn. */
    public boolean update(UUID id, DatasetDraft draft, Instant now) {
        return jdbc.sql("""
                        update od_dataset set title_vi = :titleVi, title_en = :titleEn, description_vi = :descriptionVi,
                            description_en = :descriptionEn, publisher = :publisher, license_id = :licence,
                            themes = :themes, keywords = :keywords, frequency = :frequency, temporal_start = :start,
                            temporal_end = :end, spatial = :spatial, modified_at = :now
                        where id = :id and withdrawn_at is null""")
                        .param("id", id)
                        .params(description(draft))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    public boolean withdraw(UUID id, Instant now) {
        return jdbc.sql("update od_dataset set withdrawn_at = :now where id = :id and withdrawn_at is null")
                        .param("id", id)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Marks the dataset changed (a file added or removed), as harvesters read from {@code metadata_modified}. */
    public void touch(UUID id, Instant now) {
        jdbc.sql("update od_dataset set modified_at = :now where id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Whether any dataset, withdrawn ones too, has had this name. */
    public boolean nameUsed(String name) {
        return jdbc.sql("select exists (select 1 from od_dataset where name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    public Optional<DatasetRow> byName(String name) {
        return jdbc.sql("select " + COLUMNS + " from od_dataset where name = :name")
                .param("name", name)
                .query(RegisteredDatasetRepository::row)
                .optional();
    }

    /** Every registered dataset, withdrawn ones too, the latest changed first. */
    public List<DatasetRow> all() {
        return jdbc.sql("select " + COLUMNS + " from od_dataset order by modified_at desc, name")
                .query(RegisteredDatasetRepository::row)
                .list();
    }

    public List<DatasetRow> published() {
        return jdbc.sql("select " + COLUMNS + " from od_dataset where withdrawn_at is null order by name")
                .query(RegisteredDatasetRepository::row)
                .list();
    }

    public void insertFile(UUID dataset, DataResource resource, byte[] content, String sha256, Instant now) {
        jdbc.sql("""
                insert into od_resource (id, dataset_id, name, description, format, media_type, size_bytes, sha256,
                    content, added_at)
                values (:id, :dataset, :name, :description, :format, :type, :size, :sha, :content, :now)""")
                .param("id", UUID.fromString(resource.id()))
                .param("dataset", dataset)
                .param("name", resource.name())
                .param("description", resource.description())
                .param("format", resource.format())
                .param("type", resource.mediaType())
                .param("size", content.length)
                .param("sha", sha256)
                .param("content", content)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void insertLink(UUID dataset, DataResource resource, Instant now) {
        jdbc.sql("""
                insert into od_resource (id, dataset_id, name, description, format, media_type, link, added_at)
                values (:id, :dataset, :name, :description, :format, :type, :link, :now)""")
                .param("id", UUID.fromString(resource.id()))
                .param("dataset", dataset)
                .param("name", resource.name())
                .param("description", resource.description())
                .param("format", resource.format())
                .param("type", resource.mediaType())
                .param("link", resource.link())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean deleteResource(UUID dataset, UUID resource) {
        return jdbc.sql("delete from od_resource where id = :id and dataset_id = :dataset")
                        .param("id", resource)
                        .param("dataset", dataset)
                        .update()
                == 1;
    }

    /** The files of these datasets, each dataset's in the order they were added. */
    public Map<UUID, List<DataResource>> resourcesOf(Collection<UUID> datasets) {
        Map<UUID, List<DataResource>> byDataset = new LinkedHashMap<>();
        if (datasets.isEmpty()) {
            return byDataset;
        }
        jdbc.sql("""
                select dataset_id, id, name, description, format, media_type, link, size_bytes from od_resource
                where dataset_id = any(:datasets) order by added_at, id""").param("datasets", datasets.toArray(UUID[]::new)).query(rs -> {
            byDataset
                    .computeIfAbsent(rs.getObject("dataset_id", UUID.class), k -> new ArrayList<>())
                    .add(DataResourceBuilder.builder()
                            .id(rs.getObject("id", UUID.class).toString())
                            .name(rs.getString("name"))
                            .description(rs.getString("description"))
                            .format(rs.getString("format"))
                            .mediaType(rs.getString("media_type"))
                            .link(rs.getString("link"))
                            .sizeBytes((Long) rs.getObject("size_bytes"))
                            .build());
        });
        return byDataset;
    }

    /** Whether a file with this id is kept here for a published dataset. */
    public boolean keepsFile(UUID resource) {
        return jdbc.sql("""
                        select exists (select 1 from od_resource r join od_dataset d on d.id = r.dataset_id
                        where r.id = :id and r.content is not null and d.withdrawn_at is null)""").param("id", resource).query(Boolean.class).single();
    }

    /**
     * Up to {@code length} bytes of a file from {@code offset} (0-based); empty at its end or when it is gone. The
     * column is stored uncompressed, so PostgreSQL reads only the chunks asked for.
     */
    public byte[] chunk(UUID resource, long offset, int length) {
        // PostgreSQL's substring counts in int: a file is far below 2 GB (the upload limit says so).
        return jdbc.sql("select substring(content from :from for :length) from od_resource where id = :id")
                .param("id", resource)
                .param("from", Math.toIntExact(offset + 1))
                .param("length", length)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .map(bytes -> bytes == null ? new byte[0] : bytes)
                .orElse(new byte[0]);
    }

    /** The description's columns by parameter name (a HashMap: the temporal coverage may be null). */
    private static Map<String, Object> description(DatasetDraft d) {
        Map<String, Object> values = new HashMap<>();
        values.put("titleVi", d.titleVi());
        values.put("titleEn", d.titleEn());
        values.put("descriptionVi", d.descriptionVi());
        values.put("descriptionEn", d.descriptionEn());
        values.put("publisher", d.publisher());
        values.put("licence", d.licenseId());
        values.put("themes", d.themes().toArray(String[]::new));
        values.put("keywords", d.keywords().toArray(String[]::new));
        values.put("frequency", d.frequency());
        values.put("start", d.temporalStart());
        values.put("end", d.temporalEnd());
        values.put("spatial", d.spatial());
        return values;
    }

    private static DatasetRow row(ResultSet rs, int n) throws SQLException {
        DatasetDraft draft = DatasetDraftBuilder.builder()
                .name(rs.getString("name"))
                .titleVi(rs.getString("title_vi"))
                .titleEn(rs.getString("title_en"))
                .descriptionVi(rs.getString("description_vi"))
                .descriptionEn(rs.getString("description_en"))
                .publisher(rs.getString("publisher"))
                .licenseId(rs.getString("license_id"))
                .themes(strings(rs.getArray("themes")))
                .keywords(strings(rs.getArray("keywords")))
                .frequency(rs.getString("frequency"))
                .temporalStart(rs.getObject("temporal_start", LocalDate.class))
                .temporalEnd(rs.getObject("temporal_end", LocalDate.class))
                .spatial(rs.getString("spatial"))
                .build();
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new DatasetRow(
                rs.getObject("id", UUID.class),
                draft,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("modified_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
