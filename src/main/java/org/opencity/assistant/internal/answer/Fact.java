package org.opencity.assistant.internal.answer;

/** One fact of a procedure a resident may ask for on its own, in the order an answer gives them when none is asked. */
public enum Fact {
    DOCUMENTS,
    FEE,
    TIME,
    WHERE,
    ONLINE,
    LEGAL_BASIS
}
