package org.opencity.report.web;

import org.opencity.report.UploadedPhoto;
import org.opencity.report.internal.PhotoProcessor.ProcessedPhoto;

/** A photo chosen this time that passed the checks, with the copies the check made (its thumbnail is shown back). */
record CheckedUpload(UploadedPhoto upload, ProcessedPhoto processed) {}
