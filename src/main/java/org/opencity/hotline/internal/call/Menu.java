package org.opencity.hotline.internal.call;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** The main menu and the prompts every step falls back on. */
@Component
class Menu {

    static final int KEY_TIMEOUT = 6;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final HotlineTexts texts;

    Menu(HotlineTexts texts) {
        this.texts = texts;
    }

    /** The choices, answered by a key or by a spoken question, with the other language offered in that language. */
    Turn menu(CallRecord call, String... before) {
        Locale language = call.locale();
        Reply.Builder reply = Reply.in(language);
        for (String text : before) {
            reply.say(text);
        }
        Locale other = call.english() ? VIETNAMESE : Locale.ENGLISH;
        return new Turn(
                call.withState(CallStep.MENU),
                reply.ask(
                                CallStep.MENU,
                                CallStep.MENU,
                                true,
                                1,
                                null,
                                KEY_TIMEOUT,
                                new Instruction.Speak(texts.say("menu", language), language),
                                new Instruction.Speak(texts.say("other-language", other), other))
                        .build());
    }

    /** The shorter menu after something was done: another dossier, a person, or a question by voice. */
    Turn afterAction(CallRecord call, String... before) {
        Locale language = call.locale();
        Reply.Builder reply = Reply.in(language);
        for (String text : before) {
            reply.say(text);
        }
        return new Turn(
                call.withState(CallStep.MENU),
                reply.ask(
                                CallStep.MENU,
                                CallStep.MENU,
                                true,
                                1,
                                null,
                                KEY_TIMEOUT,
                                new Instruction.Speak(texts.say("dossier-again", language), language))
                        .build());
    }

    Turn goodbye(CallRecord call, String... before) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : before) {
            reply.say(text);
        }
        return new Turn(
                call, reply.say(texts.say("goodbye", call.locale())).hangUp().build());
    }

    String say(CallRecord call, String key, Object... args) {
        return texts.say(key, call.locale(), args);
    }
}
