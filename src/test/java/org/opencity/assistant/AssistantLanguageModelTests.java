package org.opencity.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencity.assistant.LanguageModelStandIn.Behaviour;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional language model, against a local stand-in of an OpenAI-compatible API: it may reword the assembled
 * facts, with the same sources; when it is late, fails, answers nothing or brings a figure of its own, the answer is
 * the facts as assembled, with the same sources, in time. It gets the question masked, and never live data.
 */
@AssistantSpringTest
class AssistantLanguageModelTests {

    static final LanguageModelStandIn model = new LanguageModelStandIn();
    static final String QUESTION = "lệ phí đăng ký thường trú sđt 0912 345 678";

    @DynamicPropertySource
    static void languageModel(DynamicPropertyRegistry registry) {
        registry.add("opencity.assistant.llm.url", model::baseUrl);
        registry.add("opencity.assistant.llm.api-key", () -> "test-key");
        registry.add("opencity.assistant.llm.model", () -> "test-model");
        registry.add("opencity.assistant.llm.timeout", () -> "800ms");
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fresh() {
        model.forget();
        model.behave(Behaviour.REWORD);
    }

    @Test
    void theModelRewordsTheFactsItIsGivenAndTheSourcesStayTheRecords() throws Exception {
        JsonNode answer = ask(QUESTION);

        assertThat(answer.get("answer").asString()).startsWith("Tóm lại: Thủ tục \"Đăng ký thường trú\"");
        assertThat(codes(answer)).containsExactly(FixedKnowledge.PERMANENT_RESIDENCE);
        assertThat(rephrased(answer)).isTrue();

        LanguageModelStandIn.Received sent = model.received().get(0);
        assertThat(sent.authorization()).isEqualTo("Bearer test-key");
        assertThat(sent.body().get("model").asString()).isEqualTo("test-model");
        assertThat(sent.userMessage())
                .startsWith("QUESTION: lệ phí đăng ký thường trú sđt ***")
                .doesNotContain("0912 345 678");
    }

    @Test
    void aLateFailedEmptyOrInventingModelLeavesTheAssembledAnswerWithTheSameSources() throws Exception {
        model.behave(Behaviour.FAIL);
        JsonNode assembled = ask(QUESTION);
        assertThat(assembled.get("answer").asString()).startsWith("Thủ tục \"Đăng ký thường trú\"");
        assertThat(rephrased(assembled)).isFalse();

        for (Behaviour behaviour : List.of(Behaviour.SLOW, Behaviour.EMPTY, Behaviour.INVENT)) {
            model.behave(behaviour);
            long started = System.nanoTime();
            JsonNode answer = ask(QUESTION);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(answer.get("answer").asString())
                    .as(behaviour.name())
                    .isEqualTo(assembled.get("answer").asString());
            assertThat(codes(answer)).as(behaviour.name()).isEqualTo(codes(assembled));
            assertThat(answer.get("confidence").asDouble())
                    .isEqualTo(assembled.get("confidence").asDouble());
            assertThat(rephrased(answer)).isFalse();
            if (behaviour == Behaviour.SLOW) {
                assertThat(millis)
                        .as("the answer does not wait for a late model")
                        .isLessThan(2_500);
            }
        }
    }

    @Test
    void liveDataAndNotSureAnswersAreNeverSentToTheModel() throws Exception {
        ask("phường cũ Dịch Vọng Hậu giờ thuộc đâu?");
        ask("ai thắng trận bóng đá tối qua");
        assertThat(model.received()).isEmpty();
    }

    private JsonNode ask(String question) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("question", question));
        String response = mvc.perform(post("/api/v1/assistant/ask")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(Asking.newVisitor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response);
    }

    private boolean rephrased(JsonNode answer) {
        return jdbc.sql("select rephrased from ast_turn where id = cast(:id as uuid)")
                .param("id", answer.get("answerId").asString())
                .query(Boolean.class)
                .single();
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("sources").forEach(s -> codes.add(s.get("code").asString()));
        return codes;
    }
}
