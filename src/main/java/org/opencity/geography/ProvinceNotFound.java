package org.opencity.geography;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class ProvinceNotFound extends LocalizedProblem {

    public ProvinceNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.province.not-found", code);
    }
}
