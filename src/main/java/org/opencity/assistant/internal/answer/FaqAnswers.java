package org.opencity.assistant.internal.answer;

import java.util.Locale;
import java.util.Optional;

/**
 * The city's FAQ as the answers read it: one entry by its code, in the answer's language, only while it is valid.
 * The FAQ store ({@code internal.faq}) provides it.
 */
public interface FaqAnswers {

    Optional<FaqAnswer> find(String code, Locale language);
}
