package org.opencity.assistant.internal.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.Source;
import org.opencity.assistant.Vote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of ast_conversation and ast_turn. */
@Repository
public class ConversationRepository {

    private static final TypeReference<List<Source>> SOURCES = new TypeReference<>() {};
    private static final TypeReference<List<AssistantAction>> ACTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ConversationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(ConversationRecord conversation) {
        jdbc.sql("""
                insert into ast_conversation (id, account_id, language, topic_code, topic_confidence, started_at, last_at)
                values (:id, :account, :language, :topic, :confidence, :started, :last)""")
                .param("id", conversation.id())
                .param("account", conversation.accountId())
                .param("language", conversation.language())
                .param("topic", conversation.topicCode())
                .param("confidence", conversation.topicConfidence())
                .param("started", Timestamp.from(conversation.startedAt()))
                .param("last", Timestamp.from(conversation.lastAt()))
                .update();
    }

    public Optional<ConversationRecord> find(UUID id) {
        return jdbc.sql("select * from ast_conversation where id = :id")
                .param("id", id)
                .query(ConversationRepository::conversation)
                .optional();
    }

    /** The conversation, locked until the transaction ends, so two questions at once take turns. */
    public Optional<ConversationRecord> lock(UUID id) {
        return jdbc.sql("select * from ast_conversation where id = :id for update")
                .param("id", id)
                .query(ConversationRepository::conversation)
                .optional();
    }

    public void update(ConversationRecord conversation) {
        jdbc.sql("""
                update ast_conversation set account_id = :account, language = :language, topic_code = :topic,
                    topic_confidence = :confidence, last_at = :last
                where id = :id""")
                .param("id", conversation.id())
                .param("account", conversation.accountId())
                .param("language", conversation.language())
                .param("topic", conversation.topicCode())
                .param("confidence", conversation.topicConfidence())
                .param("last", Timestamp.from(conversation.lastAt()))
                .update();
    }

    public int nextPosition(UUID conversation) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from ast_turn where conversation_id = :id")
                .param("id", conversation)
                .query(Integer.class)
                .single();
    }

    public void insert(TurnRecord turn) {
        jdbc.sql("""
                insert into ast_turn (id, conversation_id, position, question, answer, source_codes, sources, actions,
                    confidence, outcome, rephrased, asked_at)
                values (:id, :conversation, :position, :question, :answer, string_to_array(:codes, ','),
                    cast(:sources as jsonb), cast(:actions as jsonb), :confidence, :outcome, :rephrased, :asked)""")
                .param("id", turn.id())
                .param("conversation", turn.conversationId())
                .param("position", turn.position())
                .param("question", turn.question())
                .param("answer", turn.answer())
                .param(
                        "codes",
                        String.join(
                                ",", turn.sources().stream().map(Source::code).toList()))
                .param("sources", json.writeValueAsString(turn.sources()))
                .param("actions", json.writeValueAsString(turn.actions()))
                .param("confidence", turn.confidence())
                .param("outcome", turn.outcome().name())
                .param("rephrased", turn.rephrased())
                .param("asked", Timestamp.from(turn.askedAt()))
                .update();
    }

    public List<TurnRecord> turns(UUID conversation) {
        return jdbc.sql("select * from ast_turn where conversation_id = :id order by position")
                .param("id", conversation)
                .query(this::turnRow)
                .list();
    }

    public Optional<TurnRecord> turn(UUID id) {
        return jdbc.sql("select * from ast_turn where id = :id")
                .param("id", id)
                .query(this::turnRow)
                .optional();
    }

    public void feedback(UUID turn, Vote vote, Instant at) {
        jdbc.sql("update ast_turn set feedback = :vote, feedback_at = :at where id = :id")
                .param("id", turn)
                .param("vote", vote.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Deletes conversations nobody touched since the cut-off, with their turns and hand-overs. */
    public int deleteUntouchedSince(Instant cutOff) {
        return jdbc.sql("delete from ast_conversation where last_at < :cutOff")
                .param("cutOff", Timestamp.from(cutOff))
                .update();
    }

    private static ConversationRecord conversation(ResultSet rs, int row) throws SQLException {
        return ConversationRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .accountId(rs.getObject("account_id", UUID.class))
                .language(rs.getString("language"))
                .topicCode(rs.getString("topic_code"))
                .topicConfidence(rs.getObject("topic_confidence", Double.class))
                .startedAt(rs.getTimestamp("started_at").toInstant())
                .lastAt(rs.getTimestamp("last_at").toInstant())
                .build();
    }

    private TurnRecord turnRow(ResultSet rs, int row) throws SQLException {
        String feedback = rs.getString("feedback");
        return TurnRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .conversationId(rs.getObject("conversation_id", UUID.class))
                .position(rs.getInt("position"))
                .question(rs.getString("question"))
                .answer(rs.getString("answer"))
                .sources(json.readValue(rs.getString("sources"), SOURCES))
                .actions(json.readValue(rs.getString("actions"), ACTIONS))
                .confidence(rs.getDouble("confidence"))
                .outcome(Outcome.valueOf(rs.getString("outcome")))
                .rephrased(rs.getBoolean("rephrased"))
                .feedback(feedback == null ? null : Vote.valueOf(feedback))
                .askedAt(rs.getTimestamp("asked_at").toInstant())
                .build();
    }
}
