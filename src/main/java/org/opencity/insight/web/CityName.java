package org.opencity.insight.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The city's name in the reader's language, for the city's own card. */
@Component
class CityName {

    private final MessageSource messages;

    CityName(MessageSource messages) {
        this.messages = messages;
    }

    String in(Locale locale) {
        return messages.getMessage(ScorecardPageController.CITY_NAME_KEY, null, locale);
    }
}
