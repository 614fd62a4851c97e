package org.opencity.engagement;

import java.time.Instant;

/** A free-text survey answer as officers see it: personal data masked, no respondent. */
public record TextAnswer(String question, String text, Instant submittedAt) {}
