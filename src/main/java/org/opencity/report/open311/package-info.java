/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /open311/v2}, in XML and JSON, with
 * mySociety's servicerequestupdates extension, so that existing clients such as FixMyStreet can send reports to
 * the city and follow them. Services are report categories; service requests are the public view of reports.
 * Submitting needs an API key issued by an administrator ({@code /api/v1/admin/open311-keys}).
 */
package org.opencity.report.open311;
