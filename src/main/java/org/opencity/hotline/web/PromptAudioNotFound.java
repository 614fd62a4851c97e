package org.opencity.hotline.web;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No prompt is stored under this name, or the name is not a hash at all. */
class PromptAudioNotFound extends LocalizedProblem {

    PromptAudioNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.hotline.prompt-not-found");
    }
}
