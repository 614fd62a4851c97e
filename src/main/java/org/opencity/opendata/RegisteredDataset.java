package org.opencity.opendata;

import java.time.Instant;

/**
 * A dataset an administrator registered, as the catalogue describes it, and when it was withdrawn (null while it is
 * published). A withdrawn dataset is kept for the record but is no longer in the catalogue.
 */
public record RegisteredDataset(Dataset dataset, Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
