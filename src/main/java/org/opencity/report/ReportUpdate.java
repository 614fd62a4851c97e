package org.opencity.report;

import java.time.Instant;

/**
 * One public step of a report, as partner systems sync it (mySociety's servicerequestupdates).
 *
 * @param mediaUrl path of a photo attached to the step, relative to the platform's address; null if none
 */
public record ReportUpdate(
        long updateId, String reportNumber, ReportStatus status, Instant at, String description, String mediaUrl) {}
