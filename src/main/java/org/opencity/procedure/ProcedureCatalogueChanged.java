package org.opencity.procedure;

import java.time.Instant;

/**
 * An administrator saved a new version of a procedure. Whatever keeps a copy of the catalogue (a search index)
 * reads the procedure again from {@link ProcedureCatalogue}; published after the change is committed for
 * transactional listeners.
 */
public record ProcedureCatalogueChanged(String procedureCode, int version, Instant changedAt) {}
