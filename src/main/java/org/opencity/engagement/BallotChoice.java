package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A voter's choice on one criterion: the chosen candidates' codes (one for a single choice; for a ranked ballot, in
 * order of preference).
 */
@RecordBuilder
public record BallotChoice(String criterion, List<String> candidates) {

    public BallotChoice {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
