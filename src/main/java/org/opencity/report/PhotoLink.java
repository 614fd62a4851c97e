package org.opencity.report;

import java.util.UUID;

/**
 * Where to see a photo. The public copies carry no metadata; a photo without a public copy (HEIC) has null URLs.
 */
public record PhotoLink(UUID id, String stage, String url, String thumbnailUrl) {}
