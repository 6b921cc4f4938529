package org.gcmkg.publish;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.jena.assembler.JA;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.page.Paths;

/**
 * The SPARQL 1.1 Service Description of the endpoint, returned by a GET on the endpoint URL without a query:
 * the endpoint, the language and result formats it supports, its features, its default dataset with the named
 * graphs, and the limits in force. SPARQL has no term for a query timeout; the description states it the way
 * Jena's own configuration does ({@code ja:context} with the {@code arq:queryTimeout} symbol) and in words.
 */
public final class ServiceDescription {
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML",
        "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"};

    private ServiceDescription() {
    }

    /**
     * The description.
     *
     * @param snapshot           the current snapshot (for the graphs and their sizes)
     * @param iris               the IRI mapping
     * @param endpointUrl        the URL of the endpoint described, as the requester reached it
     * @param queryTimeoutMillis the query timeout in force
     */
    public static Graph describe(Snapshot snapshot, IriMapping iris, String endpointUrl, long queryTimeoutMillis) {
        Model m = DatasetFacts.newModel();
        String seconds = BigDecimal.valueOf(queryTimeoutMillis).movePointLeft(3).stripTrailingZeros().toPlainString();
        Resource service = m.createResource(iris.iri(Paths.SERVICE_IRI))
                .addProperty(RDF.type, Vocab.SD_SERVICE)
                .addProperty(DCTerms.title, "GCM follow-up SPARQL endpoint", "en")
                .addProperty(DCTerms.title, "Punto de acceso SPARQL del seguimiento del PMM", "es")
                .addProperty(Vocab.SD_ENDPOINT, m.createResource(endpointUrl))
                .addProperty(Vocab.SD_SUPPORTED_LANGUAGE, Vocab.SD_SPARQL11_QUERY)
                .addProperty(Vocab.SD_FEATURE, Vocab.SD_UNION_DEFAULT_GRAPH)
                .addProperty(Vocab.SD_DEFAULT_ENTAILMENT_REGIME, Vocab.ENTAILMENT_SIMPLE)
                .addProperty(RDFS.comment, "Read-only: SPARQL Update is not accepted and SERVICE is disabled. "
                        + "Queries are cancelled after " + seconds + " s. The default graph is the union of the "
                        + "named graphs.", "en")
                .addProperty(RDFS.comment, "Solo lectura: no se acepta SPARQL Update y SERVICE está desactivado. "
                        + "Las consultas se cancelan después de " + seconds.replace('.', ',') + " s. El grafo por "
                        + "omisión es la unión de los grafos con nombre.", "es")
                .addProperty(JA.context, m.createResource()
                        .addProperty(JA.cxtName, ARQ.queryTimeout.getSymbol())
                        .addProperty(JA.cxtValue, Long.toString(queryTimeoutMillis)));
        for (String f : RESULT_FORMATS) {
            service.addProperty(Vocab.SD_RESULT_FORMAT, Vocab.format(f));
        }
        VoidStatistics s = snapshot.statistics();
        Resource dataset = m.createResource(iris.iri(Paths.DATASET_IRI))
                .addProperty(RDF.type, Vocab.SD_DATASET)
                .addProperty(Vocab.SD_DEFAULT_GRAPH, m.createResource()
                        .addProperty(RDF.type, Vocab.SD_GRAPH)
                        .addProperty(Vocab.VOID_TRIPLES, DatasetFacts.integer(m, s.triples())));
        for (Map.Entry<String, Long> e : s.graphTriples().entrySet()) {
            dataset.addProperty(Vocab.SD_NAMED_GRAPH_PROPERTY, m.createResource()
                    .addProperty(RDF.type, Vocab.SD_NAMED_GRAPH)
                    .addProperty(Vocab.SD_NAME, m.createResource(e.getKey()))
                    .addProperty(Vocab.SD_GRAPH_PROPERTY, m.createResource()
                            .addProperty(RDF.type, Vocab.SD_GRAPH)
                            .addProperty(Vocab.VOID_TRIPLES, DatasetFacts.integer(m, e.getValue()))));
        }
        service.addProperty(Vocab.SD_DEFAULT_DATASET, dataset);
        return m.getGraph();
    }
}
