package org.opencity.opendata;

import org.opencity.identity.AuditAction;

/** What the open-data module audits: administrators' changes to the datasets they register. */
public enum OpenDataAuditAction implements AuditAction {
    OPENDATA_DATASET_REGISTERED,
    OPENDATA_DATASET_UPDATED,
    OPENDATA_DATASET_WITHDRAWN,
    OPENDATA_RESOURCE_ADDED,
    OPENDATA_RESOURCE_REMOVED
}
