package org.opencity.geography;

import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * The point lies outside every ward whose boundary the platform knows.
 */
public class NoWardAtPoint extends LocalizedProblem {

    public NoWardAtPoint(double lat, double lon) {
        super(HttpStatus.NOT_FOUND, "problem.ward.none-at-point", lat, lon);
    }
}
