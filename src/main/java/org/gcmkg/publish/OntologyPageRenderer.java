package org.gcmkg.publish;

import static org.gcmkg.publish.Html.both;
import static org.gcmkg.publish.Html.esc;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gcmkg.page.UiLanguage;

/**
 * Renders the ontology as documentation: its header, then every class and property with its labels and comments
 * in English and Spanish, its domain, range and super-terms. Each term's section is anchored by its local name,
 * so that the term IRIs ({@code …/ontology#Term}) land on it.
 */
public final class OntologyPageRenderer {
    private static final String QB = "http://purl.org/linked-data/cube#";
    private static final Set<Node> SHOWN_APART = Set.of(RDF.type.asNode(), RDFS.label.asNode(), RDFS.comment.asNode(),
            RDFS.isDefinedBy.asNode());

    private final ResourcePageRenderer resources;

    /** A renderer that links the data's IRIs through this server. */
    public OntologyPageRenderer(IriMapping iris) {
        this.resources = new ResourcePageRenderer(iris);
    }

    /**
     * The ontology's page.
     *
     * @param ontology    the ontology graph
     * @param ontologyIri the ontology's IRI (its namespace without the {@code #})
     * @param selfPath    the page's path on this server
     * @param alternates  the other representations on offer
     * @param lang        the interface language
     */
    public String render(Graph ontology, String ontologyIri, List<Representation> alternates, String selfPath,
            UiLanguage lang) {
        Labels labels = new Labels(ontology);
        Node onto = NodeFactory.createURI(ontologyIri);
        StringBuilder header = new StringBuilder();
        Optional<String> titleEn = labels.exactLabel(onto, "en");
        header.append("<h1 lang=\"en\">").append(esc(titleEn.orElse(ontologyIri))).append("</h1>\n");
        labels.exactLabel(onto, "es").ifPresent(t ->
                header.append("<p class=\"secondary\" lang=\"es\">").append(esc(t)).append("</p>\n"));
        header.append("<p class=\"iri\">IRI: <code>").append(esc(ontologyIri)).append("</code></p>\n");
        for (String tag : List.of("en", "es")) {
            literal(ontology, onto, DCTerms.description.asNode(), tag).ifPresent(d ->
                    header.append("<p lang=\"").append(tag).append("\">").append(esc(d)).append("</p>\n"));
        }

        StringBuilder main = new StringBuilder();
        main.append("<section aria-labelledby=\"about\">\n<h2 id=\"about\">")
                .append(both("About this ontology", "Acerca de esta ontología")).append("</h2>\n");
        resources.statements(main, ontology, onto, labels, 0, Set.of(DCTerms.title.asNode(),
                DCTerms.description.asNode()));
        main.append("</section>\n");

        List<Group> groups = List.of(
                new Group("classes", "Classes", "Clases", Set.of(OWL.Class.asNode(), RDFS.Class.asNode())),
                new Group("object-properties", "Object properties", "Propiedades de objeto",
                        Set.of(OWL.ObjectProperty.asNode())),
                new Group("datatype-properties", "Datatype properties", "Propiedades de datos",
                        Set.of(OWL.DatatypeProperty.asNode())),
                new Group("statistical-properties", "Statistical dimensions, measures and attributes",
                        "Dimensiones, medidas y atributos estadísticos",
                        Set.of(node(QB + "DimensionProperty"), node(QB + "MeasureProperty"),
                                node(QB + "AttributeProperty"))),
                new Group("structures", "Data structure definitions", "Definiciones de estructura de datos",
                        Set.of(node(QB + "DataStructureDefinition"))));
        Set<Node> placed = new LinkedHashSet<>();
        StringBuilder toc = new StringBuilder("<nav aria-label=\"Contents\"><ul>\n");
        StringBuilder sections = new StringBuilder();
        for (Group group : groups) {
            List<Node> terms = ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                    .filter(t -> group.types.contains(t.getObject()) && t.getSubject().isURI())
                    .map(Triple::getSubject).filter(placed::add).distinct()
                    .sorted(Comparator.comparing(OntologyPageRenderer::localName, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            if (terms.isEmpty()) {
                continue;
            }
            toc.append("<li><a href=\"#").append(group.id).append("\">").append(both(group.en, group.es))
                    .append("</a> (").append(terms.size()).append(")</li>\n");
            sections.append("<section aria-labelledby=\"").append(group.id).append("\">\n<h2 id=\"").append(group.id)
                    .append("\">").append(both(group.en, group.es)).append("</h2>\n");
            for (Node term : terms) {
                term(sections, ontology, term, labels);
            }
            sections.append("</section>\n");
        }
        toc.append("</ul></nav>\n");
        main.append(toc).append(sections);
        return Html.page(lang, titleEn.orElse(ontologyIri), alternates, selfPath, header.toString(),
                main.toString());
    }

    private void term(StringBuilder b, Graph g, Node term, Labels labels) {
        b.append("<section class=\"term\" id=\"").append(esc(localName(term))).append("\">\n<h3>");
        Optional<String> en = labels.exactLabel(term, "en");
        Optional<String> es = labels.exactLabel(term, "es");
        b.append(en.map(s -> "<span lang=\"en\">" + esc(s) + "</span>").orElse(esc(localName(term))));
        es.ifPresent(s -> b.append(" · <span lang=\"es\">").append(esc(s)).append("</span>"));
        b.append("</h3>\n<p class=\"iri\"><code>").append(esc(term.getURI())).append("</code> (")
                .append(g.find(term, RDF.type.asNode(), Node.ANY).toList().stream()
                        .map(t -> resources.nameHtml(t.getObject(), labels, true)).sorted()
                        .reduce((x, y) -> x + ", " + y).orElse(""))
                .append(")</p>\n");
        for (String lang : List.of("en", "es")) {
            literal(g, term, RDFS.comment.asNode(), lang).ifPresent(c ->
                    b.append("<p lang=\"").append(lang).append("\">").append(esc(c)).append("</p>\n"));
        }
        resources.statements(b, g, term, labels, 1, SHOWN_APART);
        b.append("</section>\n");
    }

    private static Optional<String> literal(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && lang.equalsIgnoreCase(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    private static String localName(Node n) {
        String iri = n.getURI();
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private record Group(String id, String en, String es, Set<Node> types) {
    }
}
