package org.opencity.opendata;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** No dataset or resource has this name or id. */
public class DatasetNotFound extends LocalizedProblem {

    public DatasetNotFound() {
        super(HttpStatus.NOT_FOUND, "problem.opendata.not-found");
    }
}
