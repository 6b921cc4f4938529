package org.gcmkg.publish;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.page.Paths;

/**
 * The VoID description of the dataset (served at {@code /.well-known/void}): what it is, who publishes it under
 * which licence, where to query and download it, its IRI space and vocabularies, and counts computed from the
 * live data, with a class and a property partition and one subset per named graph.
 */
public final class VoidDescriber {
    private VoidDescriber() {
    }

    /**
     * The VoID graph.
     *
     * @param snapshot the current snapshot
     * @param iris     the IRI mapping
     * @param urls     where the requester reaches this server
     */
    public static Graph describe(Snapshot snapshot, IriMapping iris, ServiceUrls urls) {
        Model m = DatasetFacts.newModel();
        VoidStatistics s = snapshot.statistics();
        Resource dataset = DatasetFacts.dataset(m, iris)
                .addProperty(RDF.type, Vocab.VOID_DATASET)
                .addProperty(DCTerms.modified, DatasetFacts.dateTime(m, snapshot.modified()))
                .addProperty(Vocab.VOID_SPARQL_ENDPOINT, m.createResource(urls.sparql()))
                .addProperty(Vocab.VOID_URI_SPACE, iris.iriBase())
                .addProperty(Vocab.VOID_TRIPLES, DatasetFacts.integer(m, s.triples()))
                .addProperty(Vocab.VOID_DISTINCT_SUBJECTS, DatasetFacts.integer(m, s.distinctSubjects()))
                .addProperty(Vocab.VOID_DISTINCT_OBJECTS, DatasetFacts.integer(m, s.distinctObjects()))
                .addProperty(Vocab.VOID_ENTITIES, DatasetFacts.integer(m, s.entities()))
                .addProperty(Vocab.VOID_CLASSES, DatasetFacts.integer(m, s.classPartitions().size()))
                .addProperty(Vocab.VOID_PROPERTIES, DatasetFacts.integer(m, s.propertyPartitions().size()));
        for (String name : new String[] {"Turtle", "JSON-LD", "RDF_XML", "N-Triples", "N-Quads"}) {
            dataset.addProperty(Vocab.VOID_FEATURE, Vocab.format(name));
        }
        for (Dump d : snapshot.dumps()) {
            dataset.addProperty(Vocab.VOID_DATA_DUMP, m.createResource(urls.dump(d.fileName())));
        }
        s.vocabularies().forEach(v -> dataset.addProperty(Vocab.VOID_VOCABULARY, m.createResource(v)));
        s.exampleResources().forEach(r -> dataset.addProperty(Vocab.VOID_EXAMPLE_RESOURCE, m.createResource(r)));
        for (Map.Entry<String, Long> e : s.classPartitions().entrySet()) {
            dataset.addProperty(Vocab.VOID_CLASS_PARTITION, m.createResource()
                    .addProperty(Vocab.VOID_CLASS, m.createResource(e.getKey()))
                    .addProperty(Vocab.VOID_ENTITIES, DatasetFacts.integer(m, e.getValue())));
        }
        for (Map.Entry<String, Long> e : s.propertyPartitions().entrySet()) {
            dataset.addProperty(Vocab.VOID_PROPERTY_PARTITION, m.createResource()
                    .addProperty(Vocab.VOID_PROPERTY, m.createResource(e.getKey()))
                    .addProperty(Vocab.VOID_TRIPLES, DatasetFacts.integer(m, e.getValue())));
        }
        for (Map.Entry<String, Long> e : s.graphTriples().entrySet()) {
            dataset.addProperty(Vocab.VOID_SUBSET, m.createResource(e.getKey())
                    .addProperty(RDF.type, Vocab.VOID_DATASET)
                    .addProperty(Vocab.VOID_TRIPLES, DatasetFacts.integer(m, e.getValue())));
        }
        m.createResource(urls.url(Paths.VOID))
                .addProperty(RDF.type, Vocab.VOID_DATASET_DESCRIPTION)
                .addProperty(DCTerms.title, "VoID description of the " + DatasetFacts.TITLE_EN, "en")
                .addProperty(DCTerms.title, "Descripción VoID del " + lowerFirst(DatasetFacts.TITLE_ES), "es")
                .addProperty(FOAF.primaryTopic, dataset);
        return m.getGraph();
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
