package org.opencity.opendata.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.OpenDataCatalogue;
import org.opencity.opendata.Themes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The catalogue as a DCAT-AP 3 RDF model (Apache Jena): a dcat:Catalog of dcat:Dataset, each with dct:publisher
 * (foaf:Agent), dct:license, dcat:theme (EU data themes), dcat:keyword, dct:accrualPeriodicity (EU frequencies),
 * dct:temporal, dct:spatial and its dcat:Distribution (access and download URL, dct:format, dcat:mediaType).
 */
@Component
class DcatCatalog {

    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String IANA = "http://www.iana.org/assignments/media-types/";

    private final OpenDataCatalogue catalogue;
    private final String baseUrl;

    DcatCatalog(OpenDataCatalogue catalogue, @Value("${opencity.base-url}") String baseUrl) {
        this.catalogue = catalogue;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("vcard", VCARD4.NS);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        Resource catalog = model.createResource(baseUrl + "/catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, model.createLiteral("Dữ liệu mở Thành phố Hà Nội", "vi"))
                .addProperty(DCTerms.title, model.createLiteral("Hanoi City open data", "en"))
                .addProperty(
                        DCTerms.description,
                        model.createLiteral("Dữ liệu mở của Thành phố Hà Nội trên nền tảng OpenCity", "vi"))
                .addProperty(
                        DCTerms.language,
                        model.createResource("http://publications.europa.eu/resource/authority/language/VIE"))
                .addProperty(
                        DCAT.themeTaxonomy,
                        model.createResource("http://publications.europa.eu/resource/authority/data-theme"))
                .addProperty(FOAF_HOMEPAGE(model), model.createResource(baseUrl + "/data"));
        boolean publisherSet = false;
        for (Dataset d : catalogue.datasets()) {
            Resource publisher = publisher(model, d);
            if (!publisherSet) {
                catalog.addProperty(DCTerms.publisher, publisher);
                publisherSet = true;
            }
            catalog.addProperty(DCAT.dataset, dataset(model, d, publisher));
        }
        return model;
    }

    private Resource dataset(Model model, Dataset d, Resource publisher) {
        Resource dataset = model.createResource(baseUrl + "/data/" + d.name())
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, d.name())
                .addProperty(DCTerms.title, model.createLiteral(d.titleVi(), "vi"))
                .addProperty(DCTerms.title, model.createLiteral(d.titleEn(), "en"))
                .addProperty(DCTerms.description, model.createLiteral(d.descriptionVi(), "vi"))
                .addProperty(DCTerms.description, model.createLiteral(d.descriptionEn(), "en"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.landingPage, model.createResource(baseUrl + "/data/" + d.name()))
                .addProperty(
                        DCTerms.issued,
                        model.createTypedLiteral(
                                DateTimeFormatter.ISO_INSTANT.format(d.created()), XSDDatatype.XSDdateTime))
                .addProperty(
                        DCTerms.modified,
                        model.createTypedLiteral(
                                DateTimeFormatter.ISO_INSTANT.format(d.modified()), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.accrualPeriodicity, model.createResource(FREQUENCY + frequencyCode(d.frequency())))
                .addProperty(
                        DCTerms.spatial,
                        model.createResource()
                                .addProperty(RDF.type, DCTerms.Location)
                                .addProperty(
                                        model.createProperty("http://www.w3.org/ns/locn#geographicName"), d.spatial()));
        d.themes().forEach(t -> dataset.addProperty(DCAT.theme, model.createResource(Themes.BASE + t)));
        d.keywords().forEach(k -> dataset.addProperty(DCAT.keyword, model.createLiteral(k, "vi")));
        if (d.temporalStart() != null || d.temporalEnd() != null) {
            Resource period = model.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime);
            if (d.temporalStart() != null) {
                period.addProperty(
                        DCAT.startDate,
                        model.createTypedLiteral(d.temporalStart().toString(), XSDDatatype.XSDdate));
            }
            if (d.temporalEnd() != null) {
                period.addProperty(
                        DCAT.endDate, model.createTypedLiteral(d.temporalEnd().toString(), XSDDatatype.XSDdate));
            }
            dataset.addProperty(DCTerms.temporal, period);
        }
        for (DataResource r : d.resources()) {
            // A link is downloaded where it is kept; the distribution is still named after this catalogue's address.
            String here = baseUrl + "/data/download/" + r.id();
            String download = r.servedHere() ? here : r.link();
            Resource distribution = model.createResource(here + "#distribution");
            if (r.sizeBytes() != null) {
                distribution.addProperty(
                        DCAT.byteSize,
                        model.createTypedLiteral(r.sizeBytes().toString(), XSDDatatype.XSDnonNegativeInteger));
            }
            dataset.addProperty(
                    DCAT.distribution,
                    distribution
                            .addProperty(RDF.type, DCAT.Distribution)
                            .addProperty(DCTerms.identifier, r.id())
                            .addProperty(DCTerms.title, model.createLiteral(r.name(), "vi"))
                            .addProperty(DCTerms.description, model.createLiteral(r.description(), "vi"))
                            .addProperty(DCAT.accessURL, model.createResource(download))
                            .addProperty(DCAT.downloadURL, model.createResource(download))
                            .addProperty(
                                    DCTerms.format,
                                    model.createResource(FILE_TYPE + r.format().toUpperCase(Locale.ROOT)))
                            .addProperty(DCAT.mediaType, model.createResource(IANA + r.mediaType()))
                            .addProperty(DCTerms.license, license(model, d)));
        }
        dataset.addProperty(DCTerms.license, license(model, d));
        return dataset;
    }

    /** The EU vocabulary's code: its irregular frequency is IRREG (CKAN's extra keeps the word the catalogue uses). */
    static String frequencyCode(String frequency) {
        return "IRREGULAR".equals(frequency) ? "IRREG" : frequency;
    }

    private static Resource license(Model model, Dataset d) {
        String url = CkanViews.licenseUrl(d.licenseId());
        Resource license = model.createResource(url != null ? url : "urn:opencity:license:" + d.licenseId());
        license.addProperty(RDF.type, DCTerms.LicenseDocument);
        return license;
    }

    private Resource publisher(Model model, Dataset d) {
        return model.createResource(
                        baseUrl + "/data/organization/" + d.publisher().name())
                .addProperty(RDF.type, model.createResource(FOAF + "Organization"))
                .addProperty(RDF.type, model.createResource(FOAF + "Agent"))
                .addProperty(
                        model.createProperty(FOAF + "name"),
                        model.createLiteral(d.publisher().title(), "vi"));
    }

    private static org.apache.jena.rdf.model.Property FOAF_HOMEPAGE(Model model) {
        return model.createProperty(FOAF + "homepage");
    }
}
