package org.opencity.dossier.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.opencity.dossier.UploadedDocument;

/**
 * A file chosen on the documents step and the input it came from (its id, which the error summary links to).
 */
@RecordBuilder
record ChosenFile(String input, UploadedDocument document) {}
