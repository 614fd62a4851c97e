package org.opencity.report;

import java.util.List;
import java.util.UUID;

/**
 * A report as the responsible officers see it: the public view plus who reported it, how to reach them, the
 * assignee and internal notes.
 */
public record OfficerReport(
        PublicReport report,
        UUID unitId,
        UUID assigneeId,
        String assigneeName,
        String reporterName,
        String reporterEmail,
        String reporterPhone,
        boolean anonymous,
        ReportSource source,
        List<TimelineEntry> fullTimeline,
        List<AttributeAnswer> answers) {

    /** An extra question of the category and what the reporter answered, both in the officer's language. */
    public record AttributeAnswer(String question, List<String> answers) {}
}
