package org.opencity.report.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the Open311 discovery document tells client developers, prefix {@code opencity.open311}.
 *
 * @param contact how to reach the people running the API
 * @param keyService how to get an API key
 */
@ConfigurationProperties("opencity.open311")
record Open311Properties(
        @DefaultValue("OpenCity Hà Nội: ask the city's OpenCity administrators.")
        String contact,

        @DefaultValue("API keys are issued by the city's OpenCity administrators on request.")
        String keyService) {}
