package org.opencity.opendata;

import java.util.List;
import org.opencity.platform.LocalizedProblem;
import org.springframework.http.HttpStatus;

/**
 * A dataset's description breaks one or more rules (400); nothing was written. The API says the first; a form shows
 * each beside its field.
 */
public class InvalidDataset extends LocalizedProblem {

    /** One broken rule: the field it is about (as the form and the JSON name it) and its message. */
    public record Violation(String field, String messageKey, Object... arguments) {}

    private final transient List<Violation> violations;

    public InvalidDataset(List<Violation> violations) {
        super(
                HttpStatus.BAD_REQUEST,
                violations.get(0).messageKey(),
                violations.get(0).arguments());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
