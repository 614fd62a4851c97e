/**
 * Open data: the catalogue of the city's datasets — the platform's own anonymised ones, kept current (wards with
 * their boundaries, the procedure catalogue, reports per ward, category and day, queues, vote results, assistant and
 * hotline use) and those administrators register with files they upload (checked by content) or links — served
 * through the CKAN Action API, as a DCAT-AP catalogue (JSON-LD, Turtle, RDF/XML) and on public pages with a map of
 * GeoJSON files; downloads are streamed.
 */
@ApplicationModule(displayName = "Open data")
package org.opencity.opendata;

import org.springframework.modulith.ApplicationModule;
