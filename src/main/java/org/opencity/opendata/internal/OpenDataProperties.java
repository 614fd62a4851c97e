package org.opencity.opendata.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings ({@code opencity.opendata.*}).
 *
 * @param minimumCount k of k-anonymity: a published count below it is suppressed (left empty, marked)
 * @param reportDays how many days back the reports dataset covers
 * @param cache how long the catalogue's descriptions are kept before they are rebuilt
 */
@ConfigurationProperties("opencity.opendata")
public record OpenDataProperties(
        @DefaultValue("5") int minimumCount,
        @DefaultValue("365") int reportDays,
        @DefaultValue("60s") Duration cache) {}
