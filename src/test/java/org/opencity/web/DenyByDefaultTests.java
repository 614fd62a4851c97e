package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint refuses an anonymous caller unless it is listed here as public: adding a public endpoint
 * is a decision someone has to write down. Open311 is public by its standard (writes need an api_key, which
 * its own tests check).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DenyByDefaultTests {

    private static final Set<String> PUBLIC = Set.of(
            "GET /",
            "GET /error",
            "POST /error",
            "PUT /error",
            "DELETE /error",
            "PATCH /error",
            "GET /login",
            "GET /signup",
            "POST /signup",
            "GET /wards",
            "GET /wards/{code}",
            "GET /api/v1/provinces",
            "GET /api/v1/provinces/{code}",
            "GET /api/v1/provinces/{code}/wards",
            "GET /api/v1/wards",
            "GET /api/v1/wards/locate",
            "GET /api/v1/wards/{code}",
            "GET /api/v1/wards/{code}/boundary",
            "GET /api/v1/units",
            "GET /api/v1/units/{code}",
            "POST /api/v1/accounts",
            "GET /reports",
            "GET /reports/{number}",
            "GET /reports/photos/{id}/full.jpg",
            "GET /reports/photos/{id}/thumb.jpg",
            "GET /api/v1/report-categories",
            "GET /api/v1/reports",
            "GET /api/v1/reports/nearby",
            "GET /api/v1/reports/{number}",
            "GET /api/v1/push/public-key",
            "GET /api/v1/documents/ca.pem",
            "GET /api/v1/documents/ca.cer",
            "POST /api/v1/documents/verify",
            "GET /procedures",
            "GET /procedures/{code}",
            "GET /procedures/{code}/templates/{file}",
            "GET /api/v1/procedures",
            "GET /api/v1/procedures/fields",
            "GET /api/v1/procedures/life-events",
            "GET /api/v1/procedures/{code}",
            "GET /dossiers/status",
            "POST /dossiers/status",
            "GET /api/v1/dossier-status",
            // The assistant answers anyone: a conversation is reached by its random id or is the resident's own.
            "GET /assistant",
            "GET /assistant/handover",
            "POST /api/v1/assistant/ask",
            "POST /api/v1/assistant/answers/{id}/feedback",
            "POST /api/v1/assistant/conversations/{id}/handover",
            // The hotline's synthesised prompts, fetched by the telephony provider: the same words for every caller.
            "GET /hotline/audio/{hash}.wav",
            // The provider's webhook: open only in the demo (no auth token); with a token every request must be signed.
            "POST /hotline/twiml/voice",
            "POST /hotline/twiml/transcription",
            "POST /hotline/twiml/status",
            "POST /hotline/twiml/{step}",
            "GET /hotline",
            // The call simulator's recordings, fetched by the platform's recording fetcher as a provider's would be.
            "GET /hotline/simulator/recordings/{hash}.wav",
            // Service points, their hours and today's waiting; free slots; an appointment's calendar file, fetched by
            // calendar apps by its unguessable link (no personal data in it).
            "GET /service-points",
            "GET /service-points/{code}",
            "GET /api/v1/service-points",
            "GET /api/v1/service-points/{id}",
            "GET /api/v1/service-points/{id}/slots",
            "GET /appointments/{id}/calendar.ics",
            "GET /api/v1/appointments/{id}/calendar.ics",
            // Queues: anyone takes a number at a point's kiosk or on a phone; a ticket is reached by its random id and
            // holds nothing personal; the display boards and their event streams are for the hall's screens.
            "GET /service-points/{code}/kiosk",
            "POST /service-points/{code}/kiosk",
            "GET /service-points/{code}/board",
            "GET /tickets/{id}",
            "POST /api/v1/service-points/{id}/tickets",
            "GET /api/v1/tickets/{id}",
            "GET /api/v1/service-points/{id}/board",
            // Votes and surveys: the polls, their results, receipts, bulletin and anonymised export are public by
            // design (anyone may recount); the receipt check says counted or not, never the choice.
            "GET /polls",
            "GET /polls/{id}",
            "GET /polls/{id}/results",
            "GET /polls/{id}/check",
            "POST /polls/{id}/check",
            "GET /polls/{id}/voted",
            "GET /api/v1/polls",
            "GET /api/v1/polls/{id}",
            "GET /api/v1/polls/{id}/results",
            "GET /api/v1/polls/{id}/results.csv",
            "GET /api/v1/polls/{id}/results/stream",
            "GET /api/v1/polls/{id}/receipts/{receipt}",
            "GET /api/v1/polls/{id}/bulletin",
            "GET /api/v1/polls/{id}/export",
            "GET /api/v1/polls/{id}/summary",
            // Open data is open by definition (nothing personal in it; small counts suppressed).
            "GET /api/3/action/{action}",
            "POST /api/3/action/{action}",
            "GET /data",
            "GET /data/{name}",
            "GET /data/download/{id}",
            "GET /catalog.ttl",
            "GET /catalog.jsonld",
            "GET /catalog.rdf",
            // The service index and the ward scorecards are public, like the national portal's: counts only.
            "GET /scorecards",
            "GET /scorecards/city",
            "GET /scorecards/{ward}",
            "GET /api/v1/insight/scorecards",
            "GET /api/v1/insight/index",
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyNonPublicEndpointRefusesAnAnonymousCaller() throws Exception {
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    if (PUBLIC.contains(endpoint)
                            || pattern.startsWith("/v3/api-docs")
                            || pattern.startsWith("/open311/")) {
                        continue;
                    }
                    checked++;
                    String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                    MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method.name()), path))
                            .andReturn()
                            .getResponse();
                    boolean refused = response.getStatus() == 401
                            || response.getStatus() == 403
                            || (response.getStatus() == 302
                                    && String.valueOf(response.getRedirectedUrl())
                                            .endsWith("/login"));
                    if (!refused) {
                        open.add(endpoint + " -> " + response.getStatus());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(open)
                .as("endpoints that answer an anonymous caller without being listed as public")
                .isEmpty();
    }
}
