/**
 * What the city sees of its services: the operations dashboard, the Decision 766 service index per unit and for the
 * city, the public ward scorecards, and the monthly progress report. Reads the figures the other modules keep
 * ({@code ReportFigures}, {@code DossierFigures}, the hotline's and the queues') and stores only the reports it
 * archives.
 */
@ApplicationModule(displayName = "Insight")
package org.opencity.insight;

import org.springframework.modulith.ApplicationModule;
