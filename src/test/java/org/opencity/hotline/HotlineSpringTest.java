package org.opencity.hotline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.opencity.assistant.FixedKnowledge;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The hotline's tests share one application (real embedded PostgreSQL, MockMvc) as a provider with an auth token
 * sees it: every webhook request must be signed for the platform's public base URL. Retrieval is the assistant's
 * fixed stand-in, so what the caller hears depends on the records alone; the filing job does not run by itself (tests
 * run it when they need it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "opencity.base-url=https://hotline.example.vn",
            "opencity.hotline.auth-token=" + HotlineSpringTest.AUTH_TOKEN,
            "opencity.hotline.account-sid=AC00000000000000000000000000000001",
            "opencity.hotline.recording-hosts=127.0.0.1",
            "opencity.hotline.filing-interval=1h"
        })
@AutoConfigureMockMvc
@Import(FixedKnowledge.class)
public @interface HotlineSpringTest {

    String AUTH_TOKEN = "12345678901234567890123456789012";
    String BASE_URL = "https://hotline.example.vn";
}
