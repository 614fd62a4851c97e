package org.opencity.report.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.UUID;

/**
 * A photo held for a resident's report form between two sendings of it (see {@link PendingPhotos}).
 *
 * @param hasThumbnail whether the form can show it back as a picture (not for HEIC, which is not decoded here)
 */
@RecordBuilder
public record PendingPhoto(UUID id, String filename, boolean hasThumbnail) {}
