package org.opencity.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencity.hotline.internal.speech.SpokenPrompts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider fetches a prompt by its path, without signing in: the WAV with a year's caching (its name fixes its
 * content); anything that is not a stored prompt's name is a 404 problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PromptAudioControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SpokenPrompts prompts;

    @Autowired
    JsonMapper json;

    @Test
    void aPromptIsServedAsAWavThatMayBeKeptForAYear() throws Exception {
        String path = prompts.audioPath("Cảm ơn quý khách đã gọi.", Locale.forLanguageTag("vi"))
                .orElseThrow();
        String hash = path.substring("/hotline/audio/".length(), path.length() - ".wav".length());

        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("audio/wav");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("public")
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + hash + "\"");
        assertThat(response.getContentAsByteArray()).isEqualTo(prompts.wav(hash).orElseThrow());
        assertThat(new String(response.getContentAsByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();

        MockHttpServletResponse again = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"" + hash + "\""))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anUnknownHashIsANotFoundProblem() throws Exception {
        assertNotFoundProblem("/hotline/audio/" + "0".repeat(64) + ".wav");
    }

    @Test
    void anythingThatIsNotAHashIsANotFoundProblem() throws Exception {
        assertNotFoundProblem("/hotline/audio/..etc.wav");
        assertNotFoundProblem("/hotline/audio/abc.wav");
        assertNotFoundProblem("/hotline/audio/" + "A".repeat(64) + ".wav");
        assertNotFoundProblem("/hotline/audio/" + "0".repeat(63) + "g.wav");
        assertNotFoundProblem("/hotline/audio/" + "0".repeat(65) + ".wav");
    }

    @Test
    void aPathThatClimbsOutIsRefusedBeforeAnyController() throws Exception {
        for (String path : new String[] {
            "/hotline/audio/../etc.wav", "/hotline/audio/..%2Fetc.wav", "/hotline/audio/%2E%2E%2Fetc%2Fpasswd.wav"
        }) {
            MockHttpServletResponse response =
                    mvc.perform(get(URI.create(path))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(400, 404);
            assertThat(response.getContentType()).as(path).isNotEqualTo("audio/wav");
        }
    }

    private void assertNotFoundProblem(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(404);
        assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("urn:opencity:problem:hotline-prompt-not-found");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
    }
}
