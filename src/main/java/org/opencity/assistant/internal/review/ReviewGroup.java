package org.opencity.assistant.internal.review;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;

/**
 * Questions residents asked in much the same words that the assistant answered badly: not sure, a thumbs down, or
 * barely above the threshold.
 *
 * @param questions the distinct questions as stored (personal data already masked), most recent first
 * @param asked how many times they were asked
 * @param notSure how many answers were "not sure"
 * @param thumbsDown how many answers got a thumbs down
 * @param lastAsked when the latest was asked
 * @param offeredCodes the records the assistant offered, most often first: the likely right procedure is often among
 *     them
 */
@RecordBuilder
public record ReviewGroup(
        List<String> questions, int asked, int notSure, int thumbsDown, Instant lastAsked, List<String> offeredCodes) {

    public ReviewGroup {
        questions = List.copyOf(questions);
        offeredCodes = List.copyOf(offeredCodes);
    }
}
