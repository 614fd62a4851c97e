package org.opencity.hotline.twiml;

import java.util.Locale;
import java.util.Optional;

/** Where the provider can fetch a prompt as audio, relative to the platform; empty to let the provider speak it. */
@FunctionalInterface
interface PromptAudio {

    Optional<String> path(String text, Locale language);
}
