package org.opencity.opendata.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Open data settings ({@code opencity.opendata.*}).
 *
 * @param minimumCount k of k-anonymity: a published count below it is suppressed (left empty, marked)
 * @param reportDays how many days back the reports dataset covers
 * @param cache how long the catalogue's descriptions are kept before they are rebuilt
 * @param maxUploadSize the largest file an administrator may upload for a dataset (the container's multipart limit,
 *     {@code spring.servlet.multipart.max-file-size}, applies too: the smaller of the two is the limit)
 * @param volumeDays how many days back the assistant and hotline volumes dataset covers
 */
@ConfigurationProperties("opencity.opendata")
public record OpenDataProperties(
        @DefaultValue("5") int minimumCount,
        @DefaultValue("365") int reportDays,
        @DefaultValue("60s") Duration cache,
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("90") int volumeDays) {}
