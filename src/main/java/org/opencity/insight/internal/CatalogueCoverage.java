package org.opencity.insight.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Set;

/**
 * What the procedure catalogue offers a subject: how many procedures it handles, how many are published completely,
 * can be applied for online, carry a fee, can be paid online; and which procedures are done fully online.
 */
@RecordBuilder
public record CatalogueCoverage(
        long procedures, long complete, long online, long withFee, long payableOnline, Set<String> fullyOnline) {

    public CatalogueCoverage {
        fullyOnline = Set.copyOf(fullyOnline);
    }
}
