package org.opencity.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The DCAT-AP catalogue in the three syntaxes harvesters read: JSON-LD, Turtle and RDF/XML. */
@RestController
@Tag(name = "Open data (DCAT)", description = "The catalogue as DCAT-AP 3 RDF")
class DcatController {

    private final DcatCatalog catalog;

    DcatController(DcatCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/catalog.ttl", produces = "text/turtle")
    @Operation(summary = "The DCAT-AP catalogue as Turtle")
    ResponseEntity<byte[]> turtle() {
        return write(RDFFormat.TURTLE_PRETTY, "text/turtle");
    }

    @GetMapping(path = "/catalog.jsonld", produces = "application/ld+json")
    @Operation(summary = "The DCAT-AP catalogue as JSON-LD")
    ResponseEntity<byte[]> jsonLd() {
        return write(RDFFormat.JSONLD11_PRETTY, "application/ld+json");
    }

    @GetMapping(path = "/catalog.rdf", produces = "application/rdf+xml")
    @Operation(summary = "The DCAT-AP catalogue as RDF/XML")
    ResponseEntity<byte[]> rdfXml() {
        return write(RDFFormat.RDFXML_PRETTY, "application/rdf+xml");
    }

    private ResponseEntity<byte[]> write(RDFFormat format, String mediaType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, catalog.model(), format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"))
                .body(out.toByteArray());
    }
}
