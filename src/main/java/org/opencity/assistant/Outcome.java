package org.opencity.assistant;

/** How an answer came about; the review of answers starts from NOT_SURE and thumbs down. */
public enum Outcome {
    /** Facts of the records retrieval found with enough confidence. */
    ANSWERED,
    /** Below the confidence threshold: the closest records and a person are offered. */
    NOT_SURE,
    /** Live data of another module: a dossier's status, a ward, the resident's own dossiers or reports. */
    ACTION
}
