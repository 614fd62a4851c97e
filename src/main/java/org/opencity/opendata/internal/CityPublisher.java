package org.opencity.opendata.internal;

import org.opencity.opendata.Publisher;

/** The organisations the platform's own datasets are published under. */
final class CityPublisher {

    static final Publisher CITY = new Publisher(
            "ubnd-tp-ha-noi", "UBND Thành phố Hà Nội", "Ủy ban nhân dân Thành phố Hà Nội, qua nền tảng OpenCity");

    static final String LICENSE = "CC-BY-4.0";

    private CityPublisher() {}
}
