package org.opencity.engagement.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.engagement.Audience;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.Candidate;
import org.opencity.engagement.CandidateBuilder;
import org.opencity.engagement.Criterion;
import org.opencity.engagement.CriterionBuilder;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollBuilder;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.Question;
import org.opencity.engagement.QuestionBuilder;
import org.opencity.engagement.QuestionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Polls and surveys with their criteria, candidates and questions. */
@Repository
public class PollRepository {

    private final JdbcClient jdbc;

    PollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Poll poll, UUID createdBy, Instant createdAt) {
        jdbc.sql("""
                insert into eng_poll (id, kind, title_vi, title_en, description_vi, description_en, ballot, max_choices,
                    opens_at, closes_at, audience, ward_code, min_identity_level, changeable, live_results,
                    owner_unit_id, created_by, created_at)
                values (:id, :kind, :titleVi, :titleEn, :descriptionVi, :descriptionEn, :ballot, :maxChoices,
                    :opensAt, :closesAt, :audience, :wardCode, :minIdentityLevel, :changeable, :liveResults,
                    :ownerUnitId, :createdBy, :createdAt)""")
                .param("id", poll.id())
                .param("kind", poll.kind().name())
                .param("titleVi", poll.titleVi())
                .param("titleEn", poll.titleEn())
                .param("descriptionVi", poll.descriptionVi())
                .param("descriptionEn", poll.descriptionEn())
                .param("ballot", poll.ballot().name())
                .param("maxChoices", poll.maxChoices())
                .param("opensAt", Timestamp.from(poll.opensAt()))
                .param("closesAt", Timestamp.from(poll.closesAt()))
                .param("audience", poll.audience().name())
                .param("wardCode", poll.wardCode())
                .param("minIdentityLevel", poll.minIdentityLevel())
                .param("changeable", poll.changeable())
                .param("liveResults", poll.liveResults())
                .param("ownerUnitId", poll.ownerUnitId())
                .param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(createdAt))
                .update();
        int position = 0;
        for (Criterion criterion : poll.criteria()) {
            jdbc.sql("insert into eng_criterion (poll_id, code, position, name_vi, name_en)"
                            + " values (:poll, :code, :position, :vi, :en)")
                    .param("poll", poll.id())
                    .param("code", criterion.code())
                    .param("position", position++)
                    .param("vi", criterion.nameVi())
                    .param("en", criterion.nameEn())
                    .update();
        }
        position = 0;
        for (Candidate candidate : poll.candidates()) {
            jdbc.sql("""
                    insert into eng_candidate (poll_id, code, position, name_vi, name_en, description_vi,
                        description_en, picture_url)
                    values (:poll, :code, :position, :vi, :en, :dvi, :den, :picture)""")
                    .param("poll", poll.id())
                    .param("code", candidate.code())
                    .param("position", position++)
                    .param("vi", candidate.nameVi())
                    .param("en", candidate.nameEn())
                    .param("dvi", candidate.descriptionVi())
                    .param("den", candidate.descriptionEn())
                    .param("picture", candidate.pictureUrl())
                    .update();
        }
        position = 0;
        for (Question question : poll.questions()) {
            jdbc.sql("""
                    insert into eng_question (poll_id, code, position, kind, text_vi, text_en, options_vi,
                        options_en, required)
                    values (:poll, :code, :position, :kind, :vi, :en, :ovi, :oen, :required)""")
                    .param("poll", poll.id())
                    .param("code", question.code())
                    .param("position", position++)
                    .param("kind", question.kind().name())
                    .param("vi", question.textVi())
                    .param("en", question.textEn())
                    .param("ovi", question.optionsVi().toArray(String[]::new))
                    .param("oen", question.optionsEn().toArray(String[]::new))
                    .param("required", question.required())
                    .update();
        }
    }

    public Optional<Poll> find(UUID id) {
        return jdbc.sql("select * from eng_poll where id = :id")
                .param("id", id)
                .query((rs, n) -> header(rs))
                .optional()
                .map(this::withParts);
    }

    /** The newest polls first (closing last first), at most {@code limit}. */
    public List<Poll> list(int limit) {
        return jdbc
                .sql("select * from eng_poll order by closes_at desc, id limit :limit")
                .param("limit", limit)
                .query((rs, n) -> header(rs))
                .list()
                .stream()
                .map(this::withParts)
                .toList();
    }

    /** Publishes the result once; false when it was already published. */
    public boolean publish(UUID id, UUID by, Instant at) {
        return jdbc.sql("update eng_poll set published_at = :at, published_by = :by"
                                + " where id = :id and published_at is null")
                        .param("id", id)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private Poll withParts(PollBuilder poll) {
        UUID id = poll.id();
        return poll.criteria(jdbc.sql("select * from eng_criterion where poll_id = :id order by position")
                        .param("id", id)
                        .query((rs, n) -> CriterionBuilder.builder()
                                .code(rs.getString("code"))
                                .nameVi(rs.getString("name_vi"))
                                .nameEn(rs.getString("name_en"))
                                .build())
                        .list())
                .candidates(jdbc.sql("select * from eng_candidate where poll_id = :id order by position")
                        .param("id", id)
                        .query((rs, n) -> CandidateBuilder.builder()
                                .code(rs.getString("code"))
                                .nameVi(rs.getString("name_vi"))
                                .nameEn(rs.getString("name_en"))
                                .descriptionVi(rs.getString("description_vi"))
                                .descriptionEn(rs.getString("description_en"))
                                .pictureUrl(rs.getString("picture_url"))
                                .build())
                        .list())
                .questions(jdbc.sql("select * from eng_question where poll_id = :id order by position")
                        .param("id", id)
                        .query((rs, n) -> QuestionBuilder.builder()
                                .code(rs.getString("code"))
                                .kind(QuestionKind.valueOf(rs.getString("kind")))
                                .textVi(rs.getString("text_vi"))
                                .textEn(rs.getString("text_en"))
                                .optionsVi(strings(rs.getArray("options_vi")))
                                .optionsEn(strings(rs.getArray("options_en")))
                                .required(rs.getBoolean("required"))
                                .build())
                        .list())
                .build();
    }

    private static PollBuilder header(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return PollBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .kind(PollKind.valueOf(rs.getString("kind")))
                .titleVi(rs.getString("title_vi"))
                .titleEn(rs.getString("title_en"))
                .descriptionVi(rs.getString("description_vi"))
                .descriptionEn(rs.getString("description_en"))
                .ballot(BallotKind.valueOf(rs.getString("ballot")))
                .maxChoices(rs.getInt("max_choices"))
                .opensAt(rs.getTimestamp("opens_at").toInstant())
                .closesAt(rs.getTimestamp("closes_at").toInstant())
                .audience(Audience.valueOf(rs.getString("audience")))
                .wardCode(rs.getString("ward_code"))
                .minIdentityLevel(rs.getInt("min_identity_level"))
                .changeable(rs.getBoolean("changeable"))
                .liveResults(rs.getBoolean("live_results"))
                .ownerUnitId(rs.getObject("owner_unit_id", UUID.class))
                .publishedAt(published == null ? null : published.toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
