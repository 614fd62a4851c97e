package org.opencity.opendata;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/** The dataset cannot be changed as asked in its present state (409); nothing was written. */
public class DatasetConflict extends LocalizedProblem {

    private DatasetConflict(String messageKey, Object... arguments) {
        super(HttpStatus.CONFLICT, messageKey, arguments);
    }

    /** Another dataset, generated or registered (withdrawn ones too), already has this URL name. */
    public static DatasetConflict nameTaken(String name) {
        return new DatasetConflict("problem.opendata.name-taken", name);
    }

    /** The dataset was withdrawn: it is kept for the record and no longer changes. */
    public static DatasetConflict withdrawn(String name) {
        return new DatasetConflict("problem.opendata.withdrawn", name);
    }
}
