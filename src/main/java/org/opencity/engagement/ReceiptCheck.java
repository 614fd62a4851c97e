package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** Whether a receipt's vote is in the count and on which criteria: never what was chosen. */
@RecordBuilder
public record ReceiptCheck(ReceiptStatus status, String fingerprint, List<String> criteria) {

    public ReceiptCheck {
        criteria = List.copyOf(criteria);
    }
}
