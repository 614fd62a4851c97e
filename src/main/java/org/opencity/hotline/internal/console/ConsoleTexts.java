package org.opencity.hotline.internal.console;

import org.opencity.platform.InvalidRequest;

/** An agent's free text (a closing note, a call-back note): bounded, without control characters but line breaks. */
final class ConsoleTexts {

    static final int MAX_NOTE = 1000;

    private ConsoleTexts() {}

    static String note(String given) {
        String note = given == null ? "" : given.strip();
        if (note.isEmpty()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidRequest("problem.hotline.note-too-long", MAX_NOTE);
        }
        if (note.chars()
                .anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD')) {
            throw new InvalidRequest("problem.hotline.note-unreadable");
        }
        return note;
    }
}
