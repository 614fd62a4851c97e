package org.opencity.engagement;

/** A survey question: one of its options, a score from 1 to 5, or free text. */
public enum QuestionKind {
    CHOICE,
    SCALE,
    TEXT
}
