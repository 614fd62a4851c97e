package org.opencity.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where map pages fetch their tiles from; a city can point this at its own tile server.
 */
@ConfigurationProperties("opencity.map")
public record MapSettings(String tileUrl, String tileAttribution) {}
