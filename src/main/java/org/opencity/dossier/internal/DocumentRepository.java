package org.opencity.dossier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.dossier.DossierDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files of each dossier, in the database with it (they are small and must be backed up together).
 */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID dossier, DossierDocument document, byte[] content) {
        jdbc.sql("""
                insert into dsr_document (id, dossier_id, requirement, file_name, content_type, size_bytes, sha256,
                    content)
                values (:id, :dossier, :requirement, :name, :type, :size, :sha, :content)""")
                .param("id", document.id())
                .param("dossier", dossier)
                .param("requirement", document.requirement())
                .param("name", document.fileName())
                .param("type", document.contentType())
                .param("size", document.sizeBytes())
                .param("sha", document.sha256())
                .param("content", content)
                .update();
    }

    boolean delete(UUID dossier, UUID document) {
        return jdbc.sql("delete from dsr_document where id = :id and dossier_id = :dossier")
                        .param("id", document)
                        .param("dossier", dossier)
                        .update()
                == 1;
    }

    List<DossierDocument> of(UUID dossier) {
        return jdbc.sql("""
                select id, requirement, file_name, content_type, size_bytes, sha256, uploaded_at from dsr_document
                where dossier_id = :dossier order by uploaded_at, id""")
                .param("dossier", dossier)
                .query((rs, n) -> new DossierDocument(
                        rs.getObject(1, UUID.class),
                        (Integer) rs.getObject(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    Optional<byte[]> content(UUID dossier, UUID document) {
        return jdbc.sql("select content from dsr_document where id = :id and dossier_id = :dossier")
                .param("id", document)
                .param("dossier", dossier)
                .query(byte[].class)
                .optional();
    }
}
