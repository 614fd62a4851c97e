package org.opencity.hotline.twiml;

import org.opencity.hotline.internal.speech.SpokenPrompts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prompts as WAV files synthesised by espeak-ng and played with {@code <Play>}: providers' own Vietnamese voices are
 * few. When synthesis is off ({@code say} mode) or unavailable, the provider speaks the text itself ({@code <Say>}).
 */
@Configuration(proxyBeanMethods = false)
class SynthesisedPrompts {

    @Bean
    PromptAudio promptAudio(SpokenPrompts prompts) {
        return prompts::audioPath;
    }
}
