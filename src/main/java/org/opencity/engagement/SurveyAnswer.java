package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;

/** An answer to one survey question: an option's index (choice), a score 1–5 (scale) or a text, as the question asks. */
@RecordBuilder
public record SurveyAnswer(String question, Integer choice, Integer scale, String text) {}
