package org.opencity.dossier;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which dossiers a figure counts: those submitted or finished between two Hanoi days (inclusive), optionally handled
 * by one unit, from one ward, or for one procedure. The backlog ignores the period: it is what is open now.
 */
@RecordBuilder
public record DossierFigureFilter(LocalDate from, LocalDate to, UUID unitId, String wardCode, String procedureCode) {

    public DossierFigureFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs a start on or before its end");
        }
    }
}
