package org.opencity.hotline.internal.call;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the hotline says, from the message bundles ({@code hotline.say.*}), in the call's language. */
@Component
public class HotlineTexts {

    private final MessageSource messages;

    HotlineTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String say(String key, Locale language, Object... args) {
        return messages.getMessage("hotline.say." + key, args, language);
    }

    public String label(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }
}
