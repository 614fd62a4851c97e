package org.opencity.dossier.internal;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * No dossier with this code that the caller may see (the answer is the same whether it exists or not).
 */
public class DossierNotFound extends LocalizedProblem {

    public DossierNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.dossier.not-found", code);
    }
}
