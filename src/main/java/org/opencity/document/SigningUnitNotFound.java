package org.opencity.document;

import org.opencity.identity.UnitId;
import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** A signature was asked for in the name of a unit that does not exist. */
public class SigningUnitNotFound extends LocalizedProblem {

    public SigningUnitNotFound(UnitId unit) {
        super(HttpStatus.NOT_FOUND, "problem.document.signing-unit-not-found", unit.toString());
    }
}
