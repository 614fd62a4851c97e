package org.opencity.opendata.internal;

import java.time.Instant;
import java.util.UUID;
import org.opencity.opendata.DatasetDraft;

/** A registered dataset as it is stored: its description, its name (in the draft), times and withdrawal. */
public record DatasetRow(UUID id, DatasetDraft draft, Instant created, Instant modified, Instant withdrawnAt) {

    public String name() {
        return draft.name();
    }
}
