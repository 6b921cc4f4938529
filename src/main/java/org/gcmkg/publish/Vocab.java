package org.gcmkg.publish;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the vocabularies the published metadata uses and Jena does not ship constants for: VoID, SPARQL
 * Service Description, SPDX checksums, SHACL executables, schema.org, W3C format identifiers and the EU
 * authority tables that DCAT-AP asks for.
 */
final class Vocab {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SCHEMA = "https://schema.org/";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

    // VoID
    static final Resource VOID_DATASET = r(VOID + "Dataset");
    static final Resource VOID_DATASET_DESCRIPTION = r(VOID + "DatasetDescription");
    static final Property VOID_TRIPLES = p(VOID + "triples");
    static final Property VOID_ENTITIES = p(VOID + "entities");
    static final Property VOID_CLASSES = p(VOID + "classes");
    static final Property VOID_PROPERTIES = p(VOID + "properties");
    static final Property VOID_DISTINCT_SUBJECTS = p(VOID + "distinctSubjects");
    static final Property VOID_DISTINCT_OBJECTS = p(VOID + "distinctObjects");
    static final Property VOID_CLASS_PARTITION = p(VOID + "classPartition");
    static final Property VOID_PROPERTY_PARTITION = p(VOID + "propertyPartition");
    static final Property VOID_CLASS = p(VOID + "class");
    static final Property VOID_PROPERTY = p(VOID + "property");
    static final Property VOID_SUBSET = p(VOID + "subset");
    static final Property VOID_SPARQL_ENDPOINT = p(VOID + "sparqlEndpoint");
    static final Property VOID_DATA_DUMP = p(VOID + "dataDump");
    static final Property VOID_URI_SPACE = p(VOID + "uriSpace");
    static final Property VOID_VOCABULARY = p(VOID + "vocabulary");
    static final Property VOID_EXAMPLE_RESOURCE = p(VOID + "exampleResource");
    static final Property VOID_FEATURE = p(VOID + "feature");

    // SPARQL 1.1 Service Description
    static final Resource SD_SERVICE = r(SD + "Service");
    static final Resource SD_DATASET = r(SD + "Dataset");
    static final Resource SD_GRAPH = r(SD + "Graph");
    static final Resource SD_NAMED_GRAPH = r(SD + "NamedGraph");
    static final Resource SD_SPARQL11_QUERY = r(SD + "SPARQL11Query");
    static final Resource SD_UNION_DEFAULT_GRAPH = r(SD + "UnionDefaultGraph");
    static final Property SD_ENDPOINT = p(SD + "endpoint");
    static final Property SD_SUPPORTED_LANGUAGE = p(SD + "supportedLanguage");
    static final Property SD_RESULT_FORMAT = p(SD + "resultFormat");
    static final Property SD_FEATURE = p(SD + "feature");
    static final Property SD_DEFAULT_ENTAILMENT_REGIME = p(SD + "defaultEntailmentRegime");
    static final Property SD_DEFAULT_DATASET = p(SD + "defaultDataset");
    static final Property SD_DEFAULT_GRAPH = p(SD + "defaultGraph");
    static final Property SD_NAMED_GRAPH_PROPERTY = p(SD + "namedGraph");
    static final Property SD_NAME = p(SD + "name");
    static final Property SD_GRAPH_PROPERTY = p(SD + "graph");
    static final Resource ENTAILMENT_SIMPLE = r("http://www.w3.org/ns/entailment/Simple");

    // SPDX checksums (as DCAT-AP uses them)
    static final Resource SPDX_CHECKSUM = r(SPDX + "Checksum");
    static final Property SPDX_CHECKSUM_PROPERTY = p(SPDX + "checksum");
    static final Property SPDX_ALGORITHM = p(SPDX + "algorithm");
    static final Property SPDX_CHECKSUM_VALUE = p(SPDX + "checksumValue");
    static final Resource SPDX_SHA256 = r(SPDX + "checksumAlgorithm_sha256");

    // SHACL executables (the convention of /.well-known/sparql-examples)
    static final Resource SH_SPARQL_EXECUTABLE = r(SH + "SPARQLExecutable");
    static final Property SCHEMA_TARGET = p(SCHEMA + "target");

    // EU authority tables used by DCAT-AP
    static final Resource LANGUAGE_ENG = r(EU_AUTHORITY + "language/ENG");
    static final Resource LANGUAGE_SPA = r(EU_AUTHORITY + "language/SPA");
    static final Resource ACCESS_PUBLIC = r(EU_AUTHORITY + "access-right/PUBLIC");
    static final Resource THEME_SOCIETY = r(EU_AUTHORITY + "data-theme/SOCI");
    static final Resource THEME_GOVERNMENT = r(EU_AUTHORITY + "data-theme/GOVE");
    static final Resource DATA_THEMES = r(EU_AUTHORITY + "data-theme");

    /** The licence of the data and the ontology. */
    static final Resource CC_BY_4 = r("https://creativecommons.org/licenses/by/4.0/");

    private Vocab() {
    }

    /** A W3C format identifier, such as {@code Turtle} or {@code SPARQL_Results_JSON}. */
    static Resource format(String name) {
        return r(FORMATS + name);
    }

    /** The IANA registry page of a media type, the form DCAT-AP asks for in {@code dcat:mediaType}. */
    static Resource ianaMediaType(String mediaType) {
        return r(IANA_MEDIA_TYPES + mediaType);
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
