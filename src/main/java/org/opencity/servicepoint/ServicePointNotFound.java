package org.opencity.servicepoint;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

public class ServicePointNotFound extends LocalizedProblem {

    public ServicePointNotFound(String code) {
        super(HttpStatus.NOT_FOUND, "problem.service-point.not-found", code);
    }
}
