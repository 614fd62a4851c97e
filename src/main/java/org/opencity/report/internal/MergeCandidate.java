package org.opencity.report.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.opencity.report.ReportSummary;

/**
 * An open report a duplicate could be merged into, as the officer's list shows it: what everyone may see of it,
 * and how far it is from the duplicate.
 */
@RecordBuilder
public record MergeCandidate(ReportSummary report, long distanceMetres) {}
