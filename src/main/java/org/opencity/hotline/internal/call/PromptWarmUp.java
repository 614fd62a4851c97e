package org.opencity.hotline.internal.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.hotline.internal.speech.SpokenPrompts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synthesises the prompts every call hears (the menu, the hold message for the first places in the queue…) once the
 * application is up, in the background, so no caller waits for espeak-ng on them. Answers are synthesised when first
 * asked, and cached.
 */
@Component
class PromptWarmUp {

    static final List<String> FIXED = List.of(
            "greeting",
            "menu",
            "other-language",
            "ask",
            "answer-more",
            "after-answer",
            "not-sure",
            "not-understood",
            "dossier-code",
            "dossier-phone",
            "dossier-not-found",
            "dossier-again",
            "report-place",
            "report-describe",
            "report-thanks",
            "report-thanks-no-sms",
            "report-no-recording",
            "connecting",
            "agent-unreachable",
            "nobody-free",
            "out-of-hours",
            "callback-booked",
            "callback-no-number",
            "goodbye",
            "agent-done",
            "sorry");
    static final int HOLD_PLACES = 20;

    private final SpokenPrompts prompts;
    private final HotlineTexts texts;
    private final HotlineProperties settings;

    PromptWarmUp(SpokenPrompts prompts, HotlineTexts texts, HotlineProperties settings) {
        this.prompts = prompts;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!settings.warmUp()) {
            return;
        }
        Thread warmUp = new Thread(
                () -> {
                    for (Locale language : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                        prompts.warm(texts(language), language);
                    }
                },
                "hotline-prompt-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    List<String> texts(Locale language) {
        List<String> all = new ArrayList<>(
                FIXED.stream().map(key -> texts.say(key, language)).toList());
        IntStream.rangeClosed(1, HOLD_PLACES).forEach(place -> all.add(texts.say("hold", language, place)));
        return all;
    }
}
