package org.gcmkg.publish;

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
import org.gcmkg.page.Layout;
import org.gcmkg.page.Sorting;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.text.Messages;

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
        Messages m = lang.messages(Layout.AREA);
        Node onto = NodeFactory.createURI(ontologyIri);
        StringBuilder header = new StringBuilder();
        ResourcePageRenderer.title(header, onto, labels, lang);
        header.append("<p class=\"iri\">IRI: <code>").append(esc(ontologyIri)).append("</code></p>\n");
        for (String tag : List.of(lang.code(), lang.other().code())) {
            literal(ontology, onto, DCTerms.description.asNode(), tag).ifPresent(d ->
                    header.append("<p lang=\"").append(tag).append("\">").append(esc(d)).append("</p>\n"));
        }

        StringBuilder main = new StringBuilder();
        main.append("<section aria-labelledby=\"about\">\n<h2 id=\"about\">")
                .append(esc(m.format("ontology.about"))).append("</h2>\n");
        resources.statements(main, ontology, onto, labels, 0, Set.of(DCTerms.title.asNode(),
                DCTerms.description.asNode()), lang);
        main.append("</section>\n");

        List<Group> groups = List.of(
                new Group("classes", Set.of(OWL.Class.asNode(), RDFS.Class.asNode())),
                new Group("object-properties", Set.of(OWL.ObjectProperty.asNode())),
                new Group("datatype-properties", Set.of(OWL.DatatypeProperty.asNode())),
                new Group("statistical-properties", Set.of(node(QB + "DimensionProperty"),
                        node(QB + "MeasureProperty"), node(QB + "AttributeProperty"))),
                new Group("structures", Set.of(node(QB + "DataStructureDefinition"))));
        Set<Node> placed = new LinkedHashSet<>();
        StringBuilder toc = new StringBuilder("<nav class=\"toc\" aria-label=\"")
                .append(esc(m.format("ontology.contents"))).append("\"><ul>\n");
        StringBuilder sections = new StringBuilder();
        for (Group group : groups) {
            List<Node> terms = ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                    .filter(t -> group.types.contains(t.getObject()) && t.getSubject().isURI())
                    .map(Triple::getSubject).filter(placed::add).distinct()
                    .sorted(Comparator.comparing(OntologyPageRenderer::localName, Sorting.collator(lang)))
                    .toList();
            if (terms.isEmpty()) {
                continue;
            }
            String heading = esc(m.format("ontology.group." + group.id));
            toc.append("<li><a href=\"#").append(group.id).append("\">").append(heading)
                    .append("</a> (").append(terms.size()).append(")</li>\n");
            sections.append("<section aria-labelledby=\"").append(group.id).append("\">\n<h2 id=\"").append(group.id)
                    .append("\">").append(heading).append("</h2>\n");
            for (Node term : terms) {
                term(sections, ontology, term, labels, lang);
            }
            sections.append("</section>\n");
        }
        toc.append("</ul></nav>\n");
        main.append(toc).append(sections);
        return Html.page(lang, ResourcePageRenderer.name(onto, labels, lang), alternates, selfPath,
                header.toString(), main.toString());
    }

    private void term(StringBuilder b, Graph g, Node term, Labels labels, UiLanguage lang) {
        b.append("<section class=\"term\" id=\"").append(esc(localName(term))).append("\">\n<h3>");
        Optional<String> own = labels.exactLabel(term, lang.code());
        Optional<String> other = labels.exactLabel(term, lang.other().code());
        b.append(own.map(s -> "<span lang=\"" + lang.code() + "\">" + esc(s) + "</span>")
                .orElse(esc(localName(term))));
        other.ifPresent(s -> b.append(" <small class=\"other-language\" lang=\"").append(lang.other().code())
                .append("\">").append(esc(s)).append("</small>"));
        b.append("</h3>\n<p class=\"iri\"><code>").append(esc(term.getURI())).append("</code> (")
                .append(g.find(term, RDF.type.asNode(), Node.ANY).toList().stream()
                        .map(t -> resources.nameHtml(t.getObject(), labels, true, lang)).sorted()
                        .reduce((x, y) -> x + ", " + y).orElse(""))
                .append(")</p>\n");
        for (String tag : List.of(lang.code(), lang.other().code())) {
            literal(g, term, RDFS.comment.asNode(), tag).ifPresent(c ->
                    b.append("<p").append(tag.equals(lang.code()) ? "" : " class=\"other-language\"")
                            .append(" lang=\"").append(tag).append("\">").append(esc(c)).append("</p>\n"));
        }
        resources.statements(b, g, term, labels, 1, SHOWN_APART, lang);
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

    private record Group(String id, Set<Node> types) {
    }
}
