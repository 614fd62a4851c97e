/**
 * Open data: the catalogue of the city's datasets, of which the platform publishes its own anonymised ones and keeps
 * them current (wards, the procedure catalogue, reports per ward, category and day, vote results), served through
 * the CKAN Action API, as a DCAT-AP catalogue (JSON-LD, Turtle, RDF/XML) and on public pages; CSVs are streamed.
 */
@ApplicationModule(displayName = "Open data")
package org.opencity.opendata;

import org.springframework.modulith.ApplicationModule;
