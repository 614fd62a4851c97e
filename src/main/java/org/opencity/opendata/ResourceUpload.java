package org.opencity.opendata;

/**
 * A file an administrator sends for a dataset, as it came: the name their computer gave it and its bytes. Its type is
 * decided by its content and checked before anything is kept.
 */
public record ResourceUpload(String fileName, byte[] content, String description) {}
