package org.gcmkg.publish;

import static org.gcmkg.publish.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.gcmkg.page.Layout;
import org.gcmkg.page.Paths;
import org.gcmkg.page.Sorting;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.text.Messages;

/**
 * Renders descriptions as HTML: the statements of a resource as a table whose values link to the resources they
 * name (through this server for IRIs of the data, directly for others), and the resources that point to it.
 * Names are the data's labels in the page's language (the other language, marked as such, when the data has none
 * in it), and for the general-purpose terms that the data does not label, names from the message bundle; the
 * interface text is in the page's language. Everything taken from the data is escaped.
 */
public final class ResourcePageRenderer {
    private static final int MAX_NESTING = 4;
    /** How many resources a document page shows unfolded; a longer one folds each resource's statements. */
    private static final int FOLD_AFTER = 10;
    private final IriMapping iris;

    /** A renderer that links the data's IRIs through this server. */
    public ResourcePageRenderer(IriMapping iris) {
        this.iris = iris;
    }

    /**
     * The page of one resource that has no page of its own kind: its heading, then all its statements.
     *
     * @param d          the description
     * @param selfPath   the page's path on this server
     * @param alternates the other representations on offer
     * @param lang       the interface language
     */
    public String resourcePage(Description d, String selfPath, List<Representation> alternates, UiLanguage lang) {
        Labels labels = new Labels(d.graph());
        StringBuilder header = new StringBuilder();
        title(header, d.resource(), labels, lang);
        header.append("<p class=\"iri\">IRI: <code>").append(esc(d.resource().getURI())).append("</code></p>\n");
        return Html.page(lang, name(d.resource(), labels, lang), alternates, selfPath, header.toString(),
                allStatements(d, lang, false));
    }

    /**
     * The section with everything the description says: the resource's statements and the resources that point
     * to it. On a page of its own kind it comes last and starts folded.
     */
    String allStatements(Description d, UiLanguage lang, boolean folded) {
        Messages m = lang.messages(Layout.AREA);
        Labels labels = new Labels(d.graph());
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"all-statements\" aria-labelledby=\"statements\">\n<h2 id=\"statements\">")
                .append(esc(m.format("statements.title"))).append("</h2>\n");
        StringBuilder body = new StringBuilder();
        if (d.ownTriples() == 0) {
            body.append("<p>").append(esc(m.format("statements.none"))).append("</p>\n");
        } else {
            statements(body, d.graph(), d.resource(), labels, 0, Set.of(), lang);
        }
        inbound(body, d, labels, lang);
        if (folded) {
            b.append("<details>\n<summary>").append(esc(m.format("statements.show", "count",
                    d.ownTriples() + d.inboundShown()))).append("</summary>\n").append(body).append("</details>\n");
        } else {
            b.append(body);
        }
        return b.append("</section>\n").toString();
    }

    /**
     * The page of a document that describes several resources, such as the shapes: its heading, an introduction
     * and one section per resource, {@code focus} first.
     */
    public String documentPage(String title, String intro, Graph graph, List<Node> focus, String selfPath,
            List<Representation> alternates, UiLanguage lang) {
        StringBuilder header = new StringBuilder();
        header.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"lead\">").append(esc(intro))
                .append("</p>\n");
        return Html.page(lang, title, alternates, selfPath, header.toString(), resources(graph, focus, lang));
    }

    /** One section per described resource of a document, {@code focus} first, then the others by IRI. */
    String resources(Graph graph, List<Node> focus, UiLanguage lang) {
        Labels labels = new Labels(graph);
        List<Node> subjects = new ArrayList<>(focus);
        graph.find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet().stream()
                .filter(s -> !subjects.contains(s))
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(subjects::add);
        subjects.removeIf(s -> !graph.contains(s, Node.ANY, Node.ANY) || isOnlyLabelled(graph, s));
        // A long document lists its resources by name, each with its statements folded under it.
        boolean folded = subjects.size() > FOLD_AFTER;
        Messages m = lang.messages(Layout.AREA);
        StringBuilder main = new StringBuilder();
        for (Node s : subjects) {
            String iri = s.getURI();
            main.append("<section class=\"resource\" aria-label=\"").append(esc(name(s, labels, lang))).append("\"");
            if (iri.indexOf('#') >= 0) {
                // Hash IRIs of the document (such as the shapes) land on their own section.
                main.append(" id=\"").append(esc(iri.substring(iri.indexOf('#') + 1))).append("\"");
            }
            main.append(">\n<h2>").append(nameHtml(s, labels, false, lang)).append("</h2>\n<p class=\"iri\"><code>")
                    .append(esc(s.getURI())).append("</code></p>\n");
            if (folded) {
                main.append("<details>\n<summary>").append(esc(m.format("statements.showResource", "count",
                        graph.find(s, Node.ANY, Node.ANY).toList().size()))).append("</summary>\n");
            }
            statements(main, graph, s, labels, 0, Set.of(), lang);
            main.append(folded ? "</details>\n" : "").append("</section>\n");
        }
        return main.toString();
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

    /** The heading: the label in the page's language, then the other language's, each marked. */
    static void title(StringBuilder b, Node r, Labels labels, UiLanguage lang) {
        Optional<String> own = labels.exactLabel(r, lang.code());
        Optional<String> other = labels.exactLabel(r, lang.other().code());
        if (own.isPresent()) {
            b.append("<h1>").append(esc(own.get())).append("</h1>\n");
            other.ifPresent(s -> b.append("<p class=\"secondary\" lang=\"").append(lang.other().code()).append("\">")
                    .append(esc(s)).append("</p>\n"));
        } else if (other.isPresent()) {
            b.append("<h1 lang=\"").append(lang.other().code()).append("\">").append(esc(other.get())).append("</h1>\n");
        } else {
            b.append("<h1>").append(esc(labels.label(r, lang.code()).orElseGet(() -> Labels.shortName(r))))
                    .append("</h1>\n");
        }
    }

    /** The table of a subject's statements, leaving out the properties in {@code skip}. */
    void statements(StringBuilder b, Graph g, Node subject, Labels labels, int depth, Set<Node> skip,
            UiLanguage lang) {
        Messages m = lang.messages(Layout.AREA);
        Map<Node, List<Node>> byProperty = new TreeMap<>(propertyOrder(labels, lang));
        g.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!skip.contains(t.getPredicate())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<table class=\"statements\">\n");
        if (depth == 0) {
            b.append("<thead><tr><th scope=\"col\">").append(esc(m.format("statements.property")))
                    .append("</th><th scope=\"col\">").append(esc(m.format("statements.value")))
                    .append("</th></tr></thead>\n");
        }
        b.append("<tbody>\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            b.append("<tr><th scope=\"row\">").append(nameHtml(e.getKey(), labels, true, lang)).append("</th><td>");
            List<Node> values = e.getValue();
            values.sort(valueOrder(labels, lang));
            if (values.size() == 1) {
                value(b, g, values.get(0), labels, depth, lang);
            } else {
                b.append("<ul class=\"values\">");
                for (Node v : values) {
                    b.append("<li>");
                    value(b, g, v, labels, depth, lang);
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private void value(StringBuilder b, Graph g, Node v, Labels labels, int depth, UiLanguage lang) {
        if (v.isURI()) {
            b.append(nameHtml(v, labels, true, lang));
            if (depth < MAX_NESTING && isPartShown(g, v)) {
                statements(b, g, v, labels, depth + 1, Set.of(), lang);
            }
        } else if (v.isBlank()) {
            if (depth < MAX_NESTING && g.contains(v, Node.ANY, Node.ANY)) {
                statements(b, g, v, labels, depth + 1, Set.of(), lang);
            } else {
                b.append("<small>").append(esc(lang.messages(Layout.AREA).format("statements.blank")))
                        .append("</small>");
            }
        } else if (v.isLiteral()) {
            literal(b, v);
        }
    }

    private static void literal(StringBuilder b, Node v) {
        String text = v.getLiteralLexicalForm();
        String tag = v.getLiteralLanguage();
        String langAttr = tag.isEmpty() ? "" : " lang=\"" + esc(tag) + "\"";
        if (text.indexOf('\n') >= 0) {
            b.append("<pre").append(langAttr).append(">").append(esc(text)).append("</pre>");
        } else if (!tag.isEmpty()) {
            b.append("<span").append(langAttr).append(">").append(esc(text)).append("</span> <small class=\"tag\">")
                    .append(esc(tag)).append("</small>");
        } else {
            b.append("<span class=\"literal\">").append(esc(text)).append("</span>");
        }
        String dt = v.getLiteralDatatypeURI();
        if (tag.isEmpty() && dt != null && !XSD.xstring.getURI().equals(dt)) {
            b.append(" <small class=\"dt\">").append(esc(Labels.shortName(NodeFactory.createURI(dt)))).append("</small>");
        }
    }

    /**
     * A resource's name as text: its label in the page's language, else in the other, else the name the bundle
     * gives a general-purpose term, else its compact IRI.
     */
    static String name(Node n, Labels labels, UiLanguage lang) {
        if (!n.isURI()) {
            return n.toString();
        }
        return labels.exactLabel(n, lang.code()).or(() -> labels.exactLabel(n, lang.other().code()))
                .or(() -> termName(n, lang)).or(() -> labels.label(n, lang.code()))
                .orElseGet(() -> Labels.shortName(n));
    }

    /** The bundle's name for a general-purpose term such as {@code skos:topConceptOf}, if it has one. */
    static Optional<String> termName(Node n, UiLanguage lang) {
        String compact = Labels.shortName(n);
        if (compact.equals(n.getURI()) || compact.indexOf(':') < 0) {
            return Optional.empty();
        }
        Messages m = lang.messages(Layout.AREA);
        String key = "term." + compact.replace(':', '.');
        return m.has(key) ? Optional.of(m.format(key)) : Optional.empty();
    }

    /**
     * A resource's name as HTML, marked with its language when it is not the page's, as a link (through this
     * server for the data's IRIs) when {@code asLink}; the compact IRI, as code, when nothing names it.
     */
    String nameHtml(Node n, Labels labels, boolean asLink, UiLanguage lang) {
        if (!n.isURI()) {
            return esc(n.toString());
        }
        String text;
        Optional<String> own = labels.exactLabel(n, lang.code());
        Optional<String> other = labels.exactLabel(n, lang.other().code());
        Optional<String> term = termName(n, lang);
        if (own.isPresent()) {
            text = esc(own.get());
        } else if (other.isPresent()) {
            text = "<span lang=\"" + lang.other().code() + "\">" + esc(other.get()) + "</span>";
        } else if (term.isPresent()) {
            text = esc(term.get());
        } else if (labels.label(n, lang.code()).isPresent()) {
            text = esc(labels.label(n, lang.code()).get());
        } else {
            String compact = Labels.shortName(n);
            text = compact.equals(n.getURI()) ? esc(compact) : "<code>" + esc(compact) + "</code>";
        }
        if (!asLink) {
            return text;
        }
        return Html.link(iris.pathOf(n.getURI()).orElse(n.getURI()), text);
    }

    private void inbound(StringBuilder b, Description d, Labels labels, UiLanguage lang) {
        Messages m = lang.messages(Layout.AREA);
        Comparator<String> collator = Sorting.collator(lang);
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        d.graph().find(Node.ANY, Node.ANY, d.resource()).toList().stream()
                .filter(t -> !t.getSubject().equals(d.resource()))
                .sorted(Comparator.comparing((Triple t) -> name(t.getPredicate(), labels, lang), collator)
                        .thenComparing((Triple t) -> labels.label(t.getSubject(), lang.code()).isEmpty())
                        .thenComparing(t -> name(t.getSubject(), labels, lang), collator))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                        .add(t.getSubject()));
        if (byProperty.isEmpty()) {
            return;
        }
        b.append("<h3 id=\"inbound\">").append(esc(m.format("statements.inbound"))).append("</h3>\n");
        if (d.truncated()) {
            String query = "SELECT ?s ?p WHERE { ?s ?p <" + d.resource().getURI() + "> }";
            b.append("<p class=\"note\">")
                    .append(esc(m.format("statements.inboundShown", "shown", d.inboundShown(),
                            "total", d.inboundTotal())))
                    .append(" <a href=\"").append(esc(Paths.SPARQL + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .append("\">").append(esc(m.format("statements.inboundAll"))).append("</a></p>\n");
        }
        b.append("<table class=\"statements\">\n<thead><tr><th scope=\"col\">")
                .append(esc(m.format("statements.property"))).append("</th><th scope=\"col\">")
                .append(esc(m.format("statements.resources"))).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            b.append("<tr><th scope=\"row\">").append(nameHtml(e.getKey(), labels, true, lang))
                    .append("</th><td><ul class=\"values\">");
            for (Node s : e.getValue()) {
                b.append("<li>").append(nameHtml(s, labels, true, lang)).append("</li>");
            }
            b.append("</ul></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** rdf:type first, then the label properties, then the others by name in the page's language. */
    private static Comparator<Node> propertyOrder(Labels labels, UiLanguage lang) {
        Comparator<String> collator = Sorting.collator(lang);
        return Comparator.comparingInt((Node p) -> {
            if (p.equals(RDF.type.asNode())) {
                return 0;
            }
            int i = ResourceDescriber.LABEL_PROPERTIES.indexOf(p);
            return i >= 0 ? 1 + i : 10;
        }).thenComparing(p -> name(p, labels, lang), collator).thenComparing(Node::getURI);
    }

    /** The page's language first, then the other, then other languages and untagged values; then by text. */
    private static Comparator<Node> valueOrder(Labels labels, UiLanguage lang) {
        Comparator<String> collator = Sorting.collator(lang);
        return Comparator.comparingInt((Node v) -> {
            if (!v.isLiteral()) {
                return v.isURI() ? 3 : 4;
            }
            String tag = v.getLiteralLanguage().toLowerCase(Locale.ROOT);
            return tag.equals(lang.code()) ? 0 : tag.equals(lang.other().code()) ? 1 : 2;
        }).thenComparing(v -> v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? name(v, labels, lang) : "",
                collator);
    }
}
