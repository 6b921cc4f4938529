package org.gcmkg;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.store.Project;
import org.gcmkg.store.ProjectFiles;

/** Shared test fixtures: the embedded project, loaded once, and helpers to read results. */
public final class TestProject {
    private static Project project;

    private TestProject() {
    }

    /** The embedded project (ontology, shapes, data and queries from the build), loaded once. */
    public static synchronized Project get() {
        if (project == null) {
            project = Project.load(ProjectFiles.embedded());
        }
        return project;
    }

    /** Parses Turtle written in a test, with the project's usual prefixes and the 2020 report as base IRI. */
    public static Graph turtle(String body) {
        String prefixes = String.join("\n",
                "@prefix gcm: <https://w3id.org/gcm/ontology#> .",
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
                "@prefix dcterms: <http://purl.org/dc/terms/> .",
                "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
                "@prefix qb: <http://purl.org/linked-data/cube#> .",
                "@prefix org: <http://www.w3.org/ns/org#> .",
                "@prefix obj: <https://w3id.org/gcm/objective/> .",
                "@prefix inst: <https://w3id.org/gcm/institution/> .",
                "@base <https://w3id.org/gcm/report/informe-ejecutivo-2020/> .", "");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(prefixes + body, Lang.TURTLE).parse(g);
        return g;
    }

    /** Asserts that two graphs are isomorphic, printing the actual graph as Turtle when they are not. */
    public static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (!expected.isIsomorphicWith(actual)) {
            throw new AssertionError(what + ": graphs differ; the actual graph is:\n"
                    + RDFWriter.source(actual).lang(Lang.TURTLE).asString());
        }
    }

    /** The SHACL report proper in {@code g}: triples with a sh: predicate, and the rdf:type of its sh: nodes. */
    public static Graph shaclPart(Graph g) {
        Graph part = GraphFactory.createDefaultGraph();
        for (Triple t : g.find().toList()) {
            boolean shacl = t.getPredicate().getURI().startsWith(SHACL.getURI());
            boolean type = t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()
                    && t.getObject().getURI().startsWith(SHACL.getURI());
            if (shacl || type) {
                part.add(t);
            }
        }
        return part;
    }

    /** The rows of a result set as lists of lexical forms (IRIs as strings), in result order. */
    public static List<List<String>> rows(ResultSet rs) {
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }
}
