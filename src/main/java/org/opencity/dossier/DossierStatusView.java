package org.opencity.dossier;

import java.time.Instant;

/**
 * What anyone with the receipt code and the phone's last digits may know: no name, no address, no documents.
 */
public record DossierStatusView(
        String code,
        String procedureName,
        DossierStatus status,
        Timeliness timeliness,
        Instant receivedAt,
        Instant dueAt,
        Instant resultIssuedAt) {}
