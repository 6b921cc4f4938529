package org.gcmkg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.page.Paths;

/**
 * The named queries as data, following the convention of {@code /.well-known/sparql-examples}: each query is a
 * {@code sh:SPARQLExecutable} (and the executable class of its query form) with its text in {@code sh:select},
 * {@code sh:ask}, {@code sh:construct} or {@code sh:describe}, a label and a description in English and Spanish
 * taken from the {@code .rq} file's header, and the endpoint it runs on as {@code schema:target}.
 */
public final class SparqlExamples {
    private SparqlExamples() {
    }

    /**
     * The examples graph.
     *
     * @param queries the named queries
     * @param iris    the IRI mapping (each example gets an IRI under the base)
     * @param urls    where the requester reaches this server
     */
    public static Graph describe(List<NamedQuery> queries, IriMapping iris, ServiceUrls urls) {
        Model m = DatasetFacts.newModel();
        for (NamedQuery q : queries) {
            Query parsed = QueryFactory.create(q.sparql());
            String form;
            if (parsed.isSelectType()) {
                form = "Select";
            } else if (parsed.isAskType()) {
                form = "Ask";
            } else if (parsed.isConstructType()) {
                form = "Construct";
            } else {
                form = "Describe";
            }
            Property text = m.createProperty(Vocab.SH + form.toLowerCase(Locale.ROOT));
            Resource example = m.createResource(iris.iri(Paths.QUERY_IRI + q.name()))
                    .addProperty(RDF.type, Vocab.SH_SPARQL_EXECUTABLE)
                    .addProperty(RDF.type, m.createResource(Vocab.SH + "SPARQL" + form + "Executable"))
                    .addProperty(RDFS.label, firstSentence(q.description()), "en")
                    .addProperty(RDFS.comment, oneParagraph(q.description()), "en")
                    .addProperty(text, q.sparql())
                    .addProperty(Vocab.SCHEMA_TARGET, m.createResource(urls.sparql()))
                    .addProperty(DCTerms.identifier, q.name());
            if (!q.descriptionEs().isBlank()) {
                example.addProperty(RDFS.label, firstSentence(q.descriptionEs()), "es")
                        .addProperty(RDFS.comment, oneParagraph(q.descriptionEs()), "es");
            }
        }
        return m.getGraph();
    }

    /** A header's lines joined into one paragraph. */
    static String oneParagraph(String description) {
        List<String> lines = new ArrayList<>();
        for (String line : description.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join(" ", lines);
    }

    /** The header's first sentence: up to the first full stop or question mark that ends a word. */
    static String firstSentence(String description) {
        String text = oneParagraph(description);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
