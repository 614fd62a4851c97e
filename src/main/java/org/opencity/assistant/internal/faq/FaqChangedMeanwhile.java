package org.opencity.assistant.internal.faq;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** Someone saved the FAQ entry after the version the editor started from. */
public class FaqChangedMeanwhile extends LocalizedProblem {

    public FaqChangedMeanwhile(String code) {
        super(HttpStatus.CONFLICT, "problem.assistant.faq-changed-meanwhile", code);
    }
}
