package org.opencity.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param homeProvince the province this installation serves; its wards come first in search results
 */
@ConfigurationProperties("opencity.geography")
public record GeographyProperties(@DefaultValue("01") String homeProvince) {}
