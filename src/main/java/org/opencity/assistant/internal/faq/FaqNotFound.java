package org.opencity.assistant.internal.faq;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class FaqNotFound extends LocalizedProblem {

    public FaqNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.assistant.faq-not-found", code);
    }
}
