package org.opencity.hotline.internal.voicereport;

/** A voice report's audio as the provider served it. */
public record Recording(byte[] audio, String contentType) {}
