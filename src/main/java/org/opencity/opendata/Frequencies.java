package org.opencity.opendata;

import java.util.List;

/**
 * How often a dataset is updated: codes of the EU frequency vocabulary (DCAT-AP's {@code dct:accrualPeriodicity}).
 * http://publications.europa.eu/resource/authority/frequency
 */
public final class Frequencies {

    public static final List<String> CODES =
            List.of("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL", "IRREGULAR", "NEVER");

    private Frequencies() {}
}
