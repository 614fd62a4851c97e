package org.opencity.servicepoint;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** Someone else changed the point since the editor opened it; the change was not made. */
public class ServicePointChangedMeanwhile extends LocalizedProblem {

    public ServicePointChangedMeanwhile(String code) {
        super(HttpStatus.CONFLICT, "problem.service-point.changed-meanwhile", code);
    }
}
