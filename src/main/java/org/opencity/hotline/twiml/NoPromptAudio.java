package org.opencity.hotline.twiml;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until speech synthesis is wired in, the provider speaks every prompt itself ({@code <Say>}). */
@Configuration(proxyBeanMethods = false)
class NoPromptAudio {

    @Bean
    PromptAudio promptAudio() {
        return (text, language) -> Optional.empty();
    }
}
