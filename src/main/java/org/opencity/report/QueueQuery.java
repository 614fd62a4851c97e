package org.opencity.report;

import java.util.Set;

/**
 * What an officer's work queue shows: a unit (null: every unit the officer may see), statuses, only overdue.
 */
public record QueueQuery(String unitCode, Set<ReportStatus> statuses, String categoryCode, boolean overdueOnly) {}
