package org.gcmkg.page;

/** The server paths of the linked-data service, and the IRIs (relative to the IRI base) it mints for itself. */
public final class Paths {
    /** The dataset's path on the server, under which the SPARQL endpoint and the graph store sit. */
    public static final String DATASET = "/gcm";
    /** The SPARQL endpoint. */
    public static final String SPARQL = DATASET + "/sparql";
    /** The endpoint's other name. */
    public static final String QUERY = DATASET + "/query";
    /** The read-only graph store. */
    public static final String GRAPH_STORE = DATASET + "/data";
    /** The VoID description. */
    public static final String VOID = "/.well-known/void";
    /** The example queries. */
    public static final String SPARQL_EXAMPLES = "/.well-known/sparql-examples";
    /** The DCAT catalogue (also the catalogue's IRI, relative to the base). */
    public static final String CATALOG = "/catalog";
    /** The ontology (also its IRI, relative to the base). */
    public static final String ONTOLOGY = "/ontology";
    /** The SHACL shapes (also their namespace, relative to the base, without the {@code #}). */
    public static final String SHAPES = "/shapes";
    /** The published JSON-LD context. */
    public static final String CONTEXT = "/context.jsonld";
    /** The OpenAPI description of the HTTP API. */
    public static final String OPENAPI = "/openapi.json";
    /** Where the dumps are downloaded. */
    public static final String DUMPS = "/dumps/";

    /** IRI (relative to the base) of the dataset that VoID and DCAT describe. */
    public static final String DATASET_IRI = "dataset";
    /** IRI (relative to the base) of the gcm-kg project as an agent. */
    public static final String PROJECT_IRI = "project";
    /** IRI (relative to the base) of the SPARQL service. */
    public static final String SERVICE_IRI = "service/sparql";
    /** IRI (relative to the base) of the catalogue. */
    public static final String CATALOG_IRI = "catalog";
    /** IRI prefix (relative to the base) of the example queries. */
    public static final String QUERY_IRI = "query/";
    /** IRI prefix (relative to the base) of the dump distributions. */
    public static final String DISTRIBUTION_IRI = "dataset/dump/";

    private Paths() {
    }
}
