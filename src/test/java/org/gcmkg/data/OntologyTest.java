package org.gcmkg.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.TestProject;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.Test;

/** The ontology declares every term in our namespace that data, shapes and queries use, and documents each one. */
class OntologyTest {
    private static final Model ONTOLOGY = ModelFactory.createModelForGraph(TestProject.get().data().ontology());

    @Test
    void headerHasTitleDescriptionVersionLicenceAndDates() {
        Resource o = ONTOLOGY.getResource(Gcm.ONTOLOGY);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        for (Property p : List.of(DCTerms.title, DCTerms.description, OWL.versionIRI, DCTerms.license,
                DCTerms.created, DCTerms.modified)) {
            assertTrue(o.hasProperty(p), "ontology header lacks " + p);
        }
    }

    @Test
    void everyTermHasLabelsAndCommentsInBothLanguagesAndIsDefinedByTheOntology() {
        List<String> problems = new ArrayList<>();
        for (Resource term : declaredTerms()) {
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "es")) {
                    if (term.listProperties(p).toList().stream().noneMatch(s -> lang.equals(s.getLanguage()))) {
                        problems.add(term.getLocalName() + " lacks " + p.getLocalName() + "@" + lang);
                    }
                }
            }
            if (!term.hasProperty(RDFS.isDefinedBy, ONTOLOGY.getResource(Gcm.ONTOLOGY))) {
                problems.add(term.getLocalName() + " lacks rdfs:isDefinedBy");
            }
            String local = term.getURI().substring(Gcm.NS.length());
            boolean isClass = term.hasProperty(RDF.type, OWL.Class);
            if (isClass != Character.isUpperCase(local.charAt(0))) {
                problems.add(local + ": classes are UpperCamel, properties lowerCamel");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTermUsedInOurNamespaceIsDeclared() {
        Set<String> declared = new TreeSet<>();
        declaredTerms().forEach(r -> declared.add(r.getURI()));
        ONTOLOGY.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Gcm.NS)) {
                declared.add(r.getURI());
            }
        });
        Set<String> used = new TreeSet<>();
        collect(TestProject.get().data().allData(), used);
        TestProject.get().files().shapeFiles().forEach(f ->
                collect(org.gcmkg.io.RdfFiles.readDataset(f).getDefaultGraph(), used));
        Pattern prefixed = Pattern.compile("gcm:([A-Za-z]+)");
        for (NamedQuery q : TestProject.get().queries().all()) {
            Matcher m = prefixed.matcher(q.sparql());
            while (m.find()) {
                used.add(Gcm.NS + m.group(1));
            }
        }
        used.removeAll(declared);
        assertTrue(used.isEmpty(), "used but not declared: " + used);
    }

    @Test
    void curatedContentHasNoBlankNodes() {
        // Blank nodes would get new labels at every reload, so a store could not be compared byte for byte
        // across restarts, and they cannot be dereferenced.
        List<String> blank = new ArrayList<>();
        List<Graph> graphs = new ArrayList<>(TestProject.get().data().namedGraphs().values());
        for (Graph g : graphs) {
            g.find().forEachRemaining(t -> {
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    blank.add(t.toString());
                }
            });
        }
        assertTrue(blank.isEmpty(), "blank nodes in curated content: " + blank);
    }

    private static List<Resource> declaredTerms() {
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(Gcm.NS) && !terms.contains(r)) {
                    terms.add(r);
                }
            });
        }
        return terms;
    }

    private static void collect(Graph g, Set<String> used) {
        g.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Gcm.NS)) {
                    used.add(n.getURI());
                }
            }
        });
    }
}
