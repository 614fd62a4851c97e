package org.opencity.assistant.internal.retrieval;

import java.util.Locale;

/**
 * The parts of a record the index searches, each in two forms: its words (folded syllables) and its syllable pairs
 * (shingles: "khai sinh", "so do"), because a Vietnamese word is often two syllables that mean little apart.
 */
enum KnowledgeField {
    /** A procedure's name. */
    NAME(2.25f, 3f),
    /** An FAQ entry's question, as residents ask it (several ways). */
    QUESTIONS(3f, 4f),
    /** A procedure's field of administration and the life events it belongs to. */
    AREA(1f, 1f),
    /** The papers a procedure asks for. */
    DOCUMENTS(0.4f, 0.5f),
    /** What a procedure gives the resident. */
    RESULT(1.3f, 0.75f),
    /** Who handles a procedure. */
    AUTHORITY(0.3f, 0f),
    LEGAL_BASIS(0.2f, 0f),
    /** An FAQ entry's answer. */
    ANSWER(2f, 4f),
    /** English names and answers, analysed as English. */
    ENGLISH(1f, 0f);

    /** How much a match in this field counts, for its words and for its syllable pairs (0: not searched). */
    final float wordWeight;

    final float pairWeight;

    KnowledgeField(float wordWeight, float pairWeight) {
        this.wordWeight = wordWeight;
        this.pairWeight = pairWeight;
    }

    String words() {
        return name().toLowerCase(Locale.ROOT);
    }

    String pairs() {
        return words() + "_pairs";
    }
}
