package org.gcmkg.publish;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.page.Paths;

/**
 * The DCAT catalogue, in the style of DCAT-AP 3: the catalogue, the dataset with titles and descriptions in
 * English and Spanish, its publisher, licence, temporal and spatial coverage (read from the reports in the
 * data), themes, one distribution per dump with size, checksum and modification time, and the SPARQL endpoint
 * as a data service. {@link DcatShapes} checks it against the DCAT-AP mandatory rules.
 */
public final class DcatCatalogue {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private DcatCatalogue() {
    }

    /**
     * The catalogue graph.
     *
     * @param snapshot the current snapshot
     * @param iris     the IRI mapping
     * @param urls     where the requester reaches this server
     */
    public static Graph describe(Snapshot snapshot, IriMapping iris, ServiceUrls urls) {
        Model m = DatasetFacts.newModel();
        DataCoverage coverage = snapshot.coverage();
        Resource licence = DatasetFacts.licence(m);
        Resource publisher = DatasetFacts.publisher(m, iris);

        Resource dataset = DatasetFacts.dataset(m, iris)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.modified, DatasetFacts.dateTime(m, snapshot.modified()))
                .addProperty(DCTerms.accessRights, Vocab.ACCESS_PUBLIC)
                .addProperty(DCTerms.language, Vocab.LANGUAGE_ENG)
                .addProperty(DCTerms.language, Vocab.LANGUAGE_SPA)
                .addProperty(DCTerms.conformsTo, m.createResource(iris.iri("ontology"))
                        .addProperty(RDF.type, DCTerms.Standard))
                .addProperty(DCAT.landingPage, m.createResource(urls.url("/"))
                        .addProperty(RDF.type, FOAF.Document))
                .addProperty(DCAT.theme, theme(m, Vocab.THEME_SOCIETY, "Population and society", "Población y sociedad"))
                .addProperty(DCAT.theme, theme(m, Vocab.THEME_GOVERNMENT, "Government and public sector",
                        "Gobierno y sector público"))
                .addProperty(DCAT.keyword, "migration", "en")
                .addProperty(DCAT.keyword, "migración", "es")
                .addProperty(DCAT.keyword, "Global Compact for Migration", "en")
                .addProperty(DCAT.keyword, "Pacto Mundial para la Migración", "es")
                .addProperty(DCAT.keyword, "linked data", "en")
                .addProperty(DCAT.keyword, "datos enlazados", "es");
        for (Node objective : coverage.objectives()) {
            dataset.addProperty(DCAT.theme, m.createResource(objective.getURI()).addProperty(RDF.type, SKOS.Concept));
        }
        for (Node report : coverage.reports()) {
            dataset.addProperty(m.createProperty(PROV + "wasDerivedFrom"), m.createResource(report.getURI()));
        }
        for (Node country : coverage.countries()) {
            dataset.addProperty(DCTerms.spatial, m.createResource(country.getURI()).addProperty(RDF.type,
                    DCTerms.Location));
        }
        if (coverage.start().isPresent() || coverage.end().isPresent()) {
            Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime);
            coverage.start().ifPresent(n -> period.addProperty(DCAT.startDate, rdfNode(m, n)));
            coverage.end().ifPresent(n -> period.addProperty(DCAT.endDate, rdfNode(m, n)));
            dataset.addProperty(DCTerms.temporal, period);
        }
        for (Dump d : snapshot.dumps()) {
            dataset.addProperty(DCAT.distribution, distribution(m, iris, urls, d, licence));
        }

        Resource service = m.createResource(iris.iri(Paths.SERVICE_IRI))
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "GCM follow-up SPARQL endpoint", "en")
                .addProperty(DCTerms.title, "Punto de acceso SPARQL del seguimiento del PMM", "es")
                .addProperty(DCTerms.description, "Read-only SPARQL 1.1 query endpoint over the dataset; a GET "
                        + "without a query returns its service description.", "en")
                .addProperty(DCTerms.description, "Punto de acceso de consulta SPARQL 1.1, de solo lectura, sobre el "
                        + "conjunto de datos; un GET sin consulta devuelve su descripción de servicio.", "es")
                .addProperty(DCAT.endpointURL, m.createResource(urls.sparql()))
                .addProperty(DCAT.endpointDescription, m.createResource(urls.sparql()))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")
                        .addProperty(RDF.type, DCTerms.Standard))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.publisher, publisher);

        Resource catalog = m.createResource(iris.iri(Paths.CATALOG_IRI))
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "gcm-kg catalogue", "en")
                .addProperty(DCTerms.title, "Catálogo de gcm-kg", "es")
                .addProperty(DCTerms.description, "The dataset that the gcm-kg service publishes, with its downloads "
                        + "and its SPARQL endpoint.", "en")
                .addProperty(DCTerms.description, "El conjunto de datos que publica el servicio gcm-kg, con sus "
                        + "descargas y su punto de acceso SPARQL.", "es")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.language, Vocab.LANGUAGE_ENG)
                .addProperty(DCTerms.language, Vocab.LANGUAGE_SPA)
                .addProperty(DCTerms.modified, DatasetFacts.dateTime(m, snapshot.modified()))
                .addProperty(FOAF.homepage, m.createResource(urls.url("/")))
                .addProperty(DCAT.themeTaxonomy, m.createResource(Vocab.DATA_THEMES.getURI())
                        .addProperty(RDF.type, SKOS.ConceptScheme))
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service);
        for (Node scheme : coverage.schemes()) {
            catalog.addProperty(DCAT.themeTaxonomy, m.createResource(scheme.getURI())
                    .addProperty(RDF.type, SKOS.ConceptScheme));
        }
        coverage.labels().find().forEachRemaining(t -> m.getGraph().add(t));
        return m.getGraph();
    }

    private static Resource distribution(Model m, IriMapping iris, ServiceUrls urls, Dump d, Resource licence) {
        Resource download = m.createResource(urls.dump(d.fileName()));
        return m.createResource(iris.iri(Paths.DISTRIBUTION_IRI + d.id()))
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, d.titleEn(), "en")
                .addProperty(DCTerms.title, d.titleEs(), "es")
                .addProperty(DCAT.accessURL, download)
                .addProperty(DCAT.downloadURL, download)
                .addProperty(DCAT.mediaType, Vocab.ianaMediaType(d.mediaType())
                        .inModel(m).addProperty(RDF.type, DCTerms.MediaType))
                .addProperty(DCAT.compressFormat, Vocab.ianaMediaType("application/gzip")
                        .inModel(m).addProperty(RDF.type, DCTerms.MediaType))
                .addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(d.size()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(Vocab.SPDX_CHECKSUM_PROPERTY, m.createResource()
                        .addProperty(RDF.type, Vocab.SPDX_CHECKSUM)
                        .addProperty(Vocab.SPDX_ALGORITHM, Vocab.SPDX_SHA256)
                        .addProperty(Vocab.SPDX_CHECKSUM_VALUE, m.createTypedLiteral(d.sha256(),
                                XSDDatatype.XSDhexBinary)))
                .addProperty(DCTerms.modified, DatasetFacts.dateTime(m, d.modified()))
                .addProperty(DCTerms.license, licence);
    }

    private static Resource theme(Model m, Resource theme, String en, String es) {
        return theme.inModel(m).addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, en, "en")
                .addProperty(SKOS.prefLabel, es, "es")
                .addProperty(SKOS.inScheme, Vocab.DATA_THEMES);
    }

    private static RDFNode rdfNode(Model m, Node n) {
        return m.asRDFNode(n);
    }
}
