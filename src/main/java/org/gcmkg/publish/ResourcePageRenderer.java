package org.gcmkg.publish;

import static org.gcmkg.publish.Html.both;
import static org.gcmkg.publish.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.page.Paths;

/**
 * Renders descriptions as HTML pages: the labels in English and Spanish (each marked with its language), the
 * statements as a table whose values link to the resources they name (through this server for IRIs of the data,
 * directly for others), the resources that point here, and links to the raw formats. Everything taken from the
 * data is escaped.
 */
public final class ResourcePageRenderer {
    private static final int MAX_NESTING = 4;
    /**
     * Interface names, in English and Spanish, of the general-purpose properties the pages show most, which the
     * data does not label.
     */
    private static final Map<Node, String[]> INTERFACE_NAMES = Map.ofEntries(
            Map.entry(RDF.type.asNode(), new String[] {"Type", "Tipo"}),
            Map.entry(RDFS.label.asNode(), new String[] {"Label", "Etiqueta"}),
            Map.entry(RDFS.comment.asNode(), new String[] {"Comment", "Comentario"}),
            Map.entry(RDFS.subClassOf.asNode(), new String[] {"Subclass of", "Subclase de"}),
            Map.entry(RDFS.subPropertyOf.asNode(), new String[] {"Subproperty of", "Subpropiedad de"}),
            Map.entry(RDFS.domain.asNode(), new String[] {"Domain", "Dominio"}),
            Map.entry(RDFS.range.asNode(), new String[] {"Range", "Rango"}),
            Map.entry(RDFS.isDefinedBy.asNode(), new String[] {"Defined by", "Definido por"}),
            Map.entry(RDFS.seeAlso.asNode(), new String[] {"See also", "Véase también"}),
            Map.entry(OWL.inverseOf.asNode(), new String[] {"Inverse of", "Inversa de"}),
            Map.entry(SKOS.prefLabel.asNode(), new String[] {"Preferred label", "Etiqueta preferente"}),
            Map.entry(SKOS.altLabel.asNode(), new String[] {"Alternative label", "Etiqueta alternativa"}),
            Map.entry(SKOS.definition.asNode(), new String[] {"Definition", "Definición"}),
            Map.entry(SKOS.notation.asNode(), new String[] {"Notation", "Notación"}),
            Map.entry(SKOS.inScheme.asNode(), new String[] {"In scheme", "En el esquema"}),
            Map.entry(SKOS.exactMatch.asNode(), new String[] {"Exact match", "Equivalencia exacta"}),
            Map.entry(DCTerms.title.asNode(), new String[] {"Title", "Título"}),
            Map.entry(DCTerms.description.asNode(), new String[] {"Description", "Descripción"}),
            Map.entry(DCTerms.source.asNode(), new String[] {"Source", "Fuente"}),
            Map.entry(DCTerms.publisher.asNode(), new String[] {"Publisher", "Editor"}),
            Map.entry(DCTerms.license.asNode(), new String[] {"Licence", "Licencia"}));
    private final IriMapping iris;

    /** A renderer that links the data's IRIs through this server. */
    public ResourcePageRenderer(IriMapping iris) {
        this.iris = iris;
    }

    /**
     * The page of one resource.
     *
     * @param d          the description
     * @param selfPath   the page's path on this server
     * @param alternates the other representations on offer
     * @param lang       the interface language
     */
    public String resourcePage(Description d, String selfPath, List<Representation> alternates, UiLanguage lang) {
        Labels labels = new Labels(d.graph());
        Node r = d.resource();
        StringBuilder header = new StringBuilder();
        title(header, r, labels);
        header.append("<p class=\"iri\">IRI: <code>").append(esc(r.getURI())).append("</code></p>\n");

        StringBuilder main = new StringBuilder();
        main.append("<section aria-labelledby=\"statements\">\n<h2 id=\"statements\">")
                .append(both("Statements", "Declaraciones")).append("</h2>\n");
        if (d.ownTriples() == 0) {
            main.append("<p>").append(both("The data makes no statement about this resource; others point to it.",
                    "Los datos no hacen declaraciones sobre este recurso; otros apuntan a él.")).append("</p>\n");
        } else {
            statements(main, d.graph(), r, labels, 0);
        }
        main.append("</section>\n");
        inbound(main, d, labels);
        return Html.page(lang, labels.name(r), alternates, selfPath, header.toString(), main.toString());
    }

    /**
     * The page of a document that describes several resources, such as the VoID description or the catalogue.
     *
     * @param titleEn    the document's title in English
     * @param titleEs    the document's title in Spanish
     * @param introEn    an introductory sentence in English
     * @param introEs    the same in Spanish
     * @param graph      the document
     * @param focus      the resources to show first, in order; the other subjects follow
     * @param selfPath   the page's path on this server
     * @param alternates the other representations on offer
     * @param lang       the interface language, in which the title and introduction are given
     */
    public String documentPage(String titleEn, String titleEs, String introEn, String introEs, Graph graph,
            List<Node> focus, String selfPath, List<Representation> alternates, UiLanguage lang) {
        Labels labels = new Labels(graph);
        StringBuilder header = new StringBuilder();
        header.append("<h1>").append(esc(lang.text(titleEn, titleEs))).append("</h1>\n<p class=\"lead\">")
                .append(esc(lang.text(introEn, introEs))).append("</p>\n");
        List<Node> subjects = new ArrayList<>(focus);
        graph.find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet().stream()
                .filter(s -> !subjects.contains(s))
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(subjects::add);
        StringBuilder main = new StringBuilder();
        for (Node s : subjects) {
            if (!graph.contains(s, Node.ANY, Node.ANY) || isOnlyLabelled(graph, s)) {
                continue;
            }
            String iri = s.getURI();
            main.append("<section aria-label=\"").append(esc(labels.name(s))).append("\"");
            if (iri.indexOf('#') >= 0) {
                // Hash IRIs of the document (such as the shapes) land on their own section.
                main.append(" id=\"").append(esc(iri.substring(iri.indexOf('#') + 1))).append("\"");
            }
            main.append(">\n<h2>");
            main.append(nameHtml(s, labels, false)).append("</h2>\n<p class=\"iri\"><code>").append(esc(s.getURI()))
                    .append("</code></p>\n");
            statements(main, graph, s, labels, 0);
            main.append("</section>\n");
        }
        return Html.page(lang, lang.text(titleEn, titleEs), alternates, selfPath, header.toString(),
                main.toString());
    }

    /**
     * Whether a resource's own statements are in the graph because it is part of the described one (an IRI under
     * its IRI, such as a figure of an action), and so are shown in place.
     */
    private static boolean isPartShown(Graph g, Node v) {
        return g.find(Node.ANY, Node.ANY, v).toList().stream().anyMatch(t -> t.getSubject().isURI()
                && v.getURI().startsWith(t.getSubject().getURI() + "/")) && !isOnlyLabelled(g, v);
    }

    /** Whether a subject appears only to give a label to something the document mentions. */
    private static boolean isOnlyLabelled(Graph graph, Node s) {
        return graph.find(s, Node.ANY, Node.ANY).toList().stream()
                .allMatch(t -> ResourceDescriber.LABEL_PROPERTIES.contains(t.getPredicate()));
    }

    private static void title(StringBuilder b, Node r, Labels labels) {
        Optional<String> en = labels.exactLabel(r, "en");
        Optional<String> es = labels.exactLabel(r, "es");
        if (en.isPresent()) {
            b.append("<h1 lang=\"en\">").append(esc(en.get())).append("</h1>\n");
            es.ifPresent(s -> b.append("<p class=\"secondary\" lang=\"es\">").append(esc(s)).append("</p>\n"));
        } else if (es.isPresent()) {
            b.append("<h1 lang=\"es\">").append(esc(es.get())).append("</h1>\n");
        } else {
            b.append("<h1>").append(esc(labels.name(r))).append("</h1>\n");
        }
    }

    private void statements(StringBuilder b, Graph g, Node subject, Labels labels, int depth) {
        statements(b, g, subject, labels, depth, Set.of());
    }

    /** The table of a subject's statements, leaving out the properties in {@code skip}. */
    void statements(StringBuilder b, Graph g, Node subject, Labels labels, int depth, Set<Node> skip) {
        Map<Node, List<Node>> byProperty = new TreeMap<>(propertyOrder(labels));
        g.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!skip.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<table>\n");
        if (depth == 0) {
            b.append("<thead><tr><th scope=\"col\">").append(both("Property", "Propiedad"))
                    .append("</th><th scope=\"col\">").append(both("Value", "Valor")).append("</th></tr></thead>\n");
        }
        b.append("<tbody>\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            b.append("<tr><th scope=\"row\">").append(nameHtml(e.getKey(), labels, true)).append("</th><td>");
            List<Node> values = e.getValue();
            values.sort(valueOrder(labels));
            if (values.size() == 1) {
                value(b, g, values.get(0), labels, depth);
            } else {
                b.append("<ul class=\"values\">");
                for (Node v : values) {
                    b.append("<li>");
                    value(b, g, v, labels, depth);
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private void value(StringBuilder b, Graph g, Node v, Labels labels, int depth) {
        if (v.isURI()) {
            b.append(nameHtml(v, labels, true));
            if (depth < MAX_NESTING && isPartShown(g, v)) {
                statements(b, g, v, labels, depth + 1);
            }
        } else if (v.isBlank()) {
            if (depth < MAX_NESTING && g.contains(v, Node.ANY, Node.ANY)) {
                statements(b, g, v, labels, depth + 1);
            } else {
                b.append("<small>").append(both("(a resource without IRI)", "(un recurso sin IRI)")).append("</small>");
            }
        } else if (v.isLiteral()) {
            literal(b, v);
        }
    }

    private static void literal(StringBuilder b, Node v) {
        String text = v.getLiteralLexicalForm();
        String lang = v.getLiteralLanguage();
        String langAttr = lang.isEmpty() ? "" : " lang=\"" + esc(lang) + "\"";
        if (text.indexOf('\n') >= 0) {
            b.append("<pre").append(langAttr).append(">").append(esc(text)).append("</pre>");
        } else if (!lang.isEmpty()) {
            b.append("<span").append(langAttr).append(">").append(esc(text)).append("</span> <small>")
                    .append(esc(lang)).append("</small>");
        } else {
            b.append(esc(text));
        }
        String dt = v.getLiteralDatatypeURI();
        if (lang.isEmpty() && dt != null && !XSD.xstring.getURI().equals(dt)) {
            b.append(" <small class=\"dt\">").append(esc(Labels.shortName(NodeFactory.createURI(dt)))).append("</small>");
        }
    }

    /**
     * A resource's name as HTML: a link (through this server for the data's IRIs) whose text is the English
     * label, followed by the Spanish one; the compact IRI when there is no label.
     */
    String nameHtml(Node n, Labels labels, boolean asLink) {
        if (!n.isURI()) {
            return esc(n.toString());
        }
        Optional<String> en = labels.exactLabel(n, "en");
        Optional<String> es = labels.exactLabel(n, "es");
        StringBuilder text = new StringBuilder();
        if (en.isPresent()) {
            text.append("<span lang=\"en\">").append(esc(en.get())).append("</span>");
            es.ifPresent(s -> text.append(" · <span lang=\"es\">").append(esc(s)).append("</span>"));
        } else if (es.isPresent()) {
            text.append("<span lang=\"es\">").append(esc(es.get())).append("</span>");
        } else if (INTERFACE_NAMES.containsKey(n)) {
            String[] names = INTERFACE_NAMES.get(n);
            text.append(both(names[0], names[1]));
        } else {
            text.append(esc(labels.label(n, "en").orElseGet(() -> Labels.shortName(n))));
        }
        if (!asLink) {
            return text.toString();
        }
        String href = iris.pathOf(n.getURI()).orElse(n.getURI());
        return Html.link(href, text.toString());
    }

    private void inbound(StringBuilder b, Description d, Labels labels) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        d.graph().find(Node.ANY, Node.ANY, d.resource()).toList().stream()
                .filter(t -> !t.getSubject().equals(d.resource()))
                .sorted(Comparator.comparing((Triple t) -> labels.name(t.getPredicate()))
                        .thenComparing(t -> labels.name(t.getSubject())))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                        .add(t.getSubject()));
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"inbound\">\n<h2 id=\"inbound\">")
                .append(both("Resources that point here", "Recursos que apuntan aquí")).append("</h2>\n");
        if (d.truncated()) {
            String query = "SELECT ?s ?p WHERE { ?s ?p <" + d.resource().getURI() + "> }";
            b.append("<p class=\"note\">")
                    .append(both("Showing " + d.inboundShown() + " of " + d.inboundTotal() + " links.",
                            "Se muestran " + d.inboundShown() + " de " + d.inboundTotal() + " vínculos."))
                    .append(" <a href=\"").append(esc(Paths.SPARQL + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .append("\">").append(both("All of them from the SPARQL endpoint",
                            "Todos desde el punto de acceso SPARQL")).append("</a></p>\n");
        }
        b.append("<table>\n<thead><tr><th scope=\"col\">").append(both("Property", "Propiedad"))
                .append("</th><th scope=\"col\">").append(both("Resources", "Recursos"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            b.append("<tr><th scope=\"row\">").append(nameHtml(e.getKey(), labels, true))
                    .append("</th><td><ul class=\"values\">");
            for (Node s : e.getValue()) {
                b.append("<li>").append(nameHtml(s, labels, true)).append("</li>");
            }
            b.append("</ul></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    /** rdf:type first, then the label properties, then the others by name. */
    private static Comparator<Node> propertyOrder(Labels labels) {
        return Comparator.comparingInt((Node p) -> {
            if (p.equals(RDF.type.asNode())) {
                return 0;
            }
            int i = ResourceDescriber.LABEL_PROPERTIES.indexOf(p);
            return i >= 0 ? 1 + i : 10;
        }).thenComparing(labels::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Node::getURI);
    }

    /** English, then Spanish, then other languages and untagged values; then by text. */
    private static Comparator<Node> valueOrder(Labels labels) {
        return Comparator.comparingInt((Node v) -> {
            if (!v.isLiteral()) {
                return v.isURI() ? 3 : 4;
            }
            return switch (v.getLiteralLanguage().toLowerCase(Locale.ROOT)) {
                case "en" -> 0;
                case "es" -> 1;
                default -> 2;
            };
        }).thenComparing(v -> v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? labels.name(v) : "");
    }
}
