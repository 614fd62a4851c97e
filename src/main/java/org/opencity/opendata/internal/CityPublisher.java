package org.opencity.opendata.internal;

import java.time.Instant;
import java.util.List;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.DataResourceBuilder;
import org.opencity.opendata.DatasetBuilder;
import org.opencity.opendata.Publisher;

/** The organisations the platform's own datasets are published under. */
final class CityPublisher {

    static final Publisher CITY = new Publisher(
            "ubnd-tp-ha-noi", "UBND Thành phố Hà Nội", "Ủy ban nhân dân Thành phố Hà Nội, qua nền tảng OpenCity");

    static final String LICENSE = "CC-BY-4.0";

    static final String SPATIAL = "Thành phố Hà Nội";

    /** When the platform's datasets begin: Hanoi's wards as they are since 1 July 2025. */
    static final Instant SINCE = Instant.parse("2025-07-01T00:00:00Z");

    private CityPublisher() {}

    /** A dataset of the city's, over the city, under the city's licence, with one CSV resource named after it. */
    static DatasetBuilder dataset(String name, String resourceDescription) {
        return DatasetBuilder.builder()
                .name(name)
                .publisher(CITY)
                .licenseId(LICENSE)
                .spatial(SPATIAL)
                .created(SINCE)
                .resources(List.of(csv(name, resourceDescription)));
    }

    /** The CSV file of a generated dataset: id {@code <name>-csv}, file name {@code <name>.csv}. */
    static DataResource csv(String name, String description) {
        return DataResourceBuilder.builder()
                .id(name + "-csv")
                .name(name + ".csv")
                .description(description)
                .format(DataResource.CSV)
                .mediaType("text/csv")
                .build();
    }
}
