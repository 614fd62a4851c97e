package org.opencity.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and settings of citizen reports, prefix {@code opencity.report}.
 *
 * @param photoDir where the local photo store keeps files (application.yml puts it under the data folder)
 * @param duplicateRadiusMetres how close an open report of the same kind must be to be offered for joining
 * @param autoCloseAfter a resolved report nobody rated or reopened is closed after this long
 * @param feedCache the oldest a public feed page may be when it is shown, on any node (0 = no cache); whoever changed a
 *        report sees it in the next feed page they read on the node that took the change
 * @param cityOperatorsUnit who handles a report whose place nobody could make out (a hotline caller's spoken address
 *        that names no ward): the city's operators place it and send it on
 * @param cityWard where such a report is shown until they do: the ward of the city's seat
 */
@ConfigurationProperties("opencity.report")
public record ReportProperties(
        @DefaultValue("5") int maxPhotos,
        @DefaultValue("10MB") DataSize maxPhotoSize,
        @DefaultValue("data/photos") String photoDir,
        @DefaultValue("100") double duplicateRadiusMetres,
        @DefaultValue("30d") Duration duplicateWindow,
        @DefaultValue("30d") Duration reopenWindow,
        @DefaultValue("7d") Duration autoCloseAfter,
        @DefaultValue("2s") Duration feedCache,
        @DefaultValue("VP-UBND-TP") String cityOperatorsUnit,
        @DefaultValue("00070") String cityWard) {}
