package org.gcmkg.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the shapes and the ontology say about each column of the mapping: its header (the property shape's
 * {@code sh:name}), whether it is required ({@code sh:minCount} or {@code sh:qualifiedMinCount} of a Violation),
 * its allowed values ({@code sh:in}, the instances of {@code sh:class}, the subclasses of a class, small datatypes),
 * its description (the property's {@code rdfs:comment}) and whether the template shows it (the shapes name its
 * property for the class of its subject). Reading and the template both ask this class, so they agree.
 */
final class ColumnRules {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TARGET_CLASS = sh("targetClass");
    private static final Node PROPERTY = sh("property");
    private static final Node PATH = sh("path");
    private static final Node NAME = sh("name");
    private static final Node MIN_COUNT = sh("minCount");
    private static final Node QUALIFIED_SHAPE = sh("qualifiedValueShape");
    private static final Node QUALIFIED_MIN = sh("qualifiedMinCount");
    private static final Node LANGUAGE_IN = sh("languageIn");
    private static final Node SEVERITY = sh("severity");
    private static final Node CLASS = sh("class");
    private static final Node IN = sh("in");
    private static final Node VIOLATION = sh("Violation");

    private final Mapping mapping;
    private final Graph shapes;
    private final DataContext data;
    private final Map<String, Info> cache = new HashMap<>();

    /** What the rules say about one column. */
    record Info(Map<String, String> titles, boolean required, Optional<List<String>> allowed,
            Map<String, Map<String, String>> valueLabels, Map<String, String> descriptions, boolean inTemplate) {
    }

    ColumnRules(Mapping mapping, Graph shapes, DataContext data) {
        this.mapping = mapping;
        this.shapes = shapes;
        this.data = data;
    }

    /** The mapping these rules are about. */
    Mapping mapping() {
        return mapping;
    }

    /** The data these rules read instances from. */
    DataContext data() {
        return data;
    }

    /** What the rules say about {@code column} of {@code table}. */
    synchronized Info info(Mapping.Table table, Mapping.Column column) {
        return cache.computeIfAbsent(table.url() + "#" + column.name(), k -> compute(table, column));
    }

    private Info compute(Mapping.Table table, Mapping.Column column) {
        Optional<Node> type = subjectClass(table, column);
        List<Node> propertyShapes = type.isPresent() && column.propertyUrl() != null
                ? propertyShapes(type.get(), column.propertyUrl()) : List.of();
        Optional<Node> matched = match(propertyShapes, column.lang());
        Map<String, String> titles = new LinkedHashMap<>(column.titles());
        matched.ifPresent(ps -> shapes.find(ps, NAME, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral() && !t.getObject().getLiteralLanguage().isEmpty()) {
                titles.put(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
            }
        }));
        boolean required = column.required() || (!column.virtual() && matched.isPresent() && shapeRequires(table, column, matched.get()));
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Optional<List<String>> allowed = allowed(column, matched, labels);
        Map<String, String> descriptions = new LinkedHashMap<>(column.descriptions());
        if (descriptions.isEmpty() && column.propertyUrl() != null) {
            data.graph().find(NodeFactory.createURI(column.propertyUrl()), RDFS.comment.asNode(), Node.ANY)
                    .forEachRemaining(t -> {
                        if (t.getObject().isLiteral()) {
                            descriptions.put(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
                        }
                    });
        }
        boolean inTemplate = !column.virtual() && (!column.states() || column.propertyUrl().equals(RDF.type.getURI())
                || !propertyShapes.isEmpty());
        return new Info(titles, required, allowed, labels, descriptions, inTemplate);
    }

    /** The class of the subject a column describes, from the table's rdf:type columns. */
    Optional<Node> subjectClass(Mapping.Table table, Mapping.Column column) {
        String about = column.aboutUrl() == null ? null : column.aboutUrl().text();
        for (Mapping.Column c : table.columns()) {
            String cAbout = c.aboutUrl() == null ? null : c.aboutUrl().text();
            if (RDF.type.getURI().equals(c.propertyUrl()) && java.util.Objects.equals(about, cAbout)) {
                if (c.subClassOf() != null) {
                    return Optional.of(NodeFactory.createURI(c.subClassOf()));
                }
                if (c.virtual() && c.valueUrl() != null && c.valueUrl().variables().isEmpty()) {
                    return Optional.of(NodeFactory.createURI(c.valueUrl().text()));
                }
            }
        }
        return Optional.empty();
    }

    private List<Node> propertyShapes(Node type, String property) {
        Node path = NodeFactory.createURI(property);
        List<Node> result = new ArrayList<>();
        for (Node c : data.withSuperClasses(type)) {
            for (Triple target : shapes.find(Node.ANY, TARGET_CLASS, c).toList()) {
                for (Triple ps : shapes.find(target.getSubject(), PROPERTY, Node.ANY).toList()) {
                    if (shapes.contains(ps.getObject(), PATH, path) && !result.contains(ps.getObject())) {
                        result.add(ps.getObject());
                    }
                }
            }
        }
        return result;
    }

    private Optional<Node> match(List<Node> propertyShapes, String lang) {
        Node plain = null;
        for (Node ps : propertyShapes) {
            List<String> langs = qualifiedLanguages(ps);
            if (lang != null && langs.contains(lang)) {
                return Optional.of(ps);
            }
            if (langs.isEmpty() && plain == null) {
                plain = ps;
            }
        }
        return Optional.ofNullable(plain);
    }

    private List<String> qualifiedLanguages(Node ps) {
        List<String> langs = new ArrayList<>();
        shapes.find(ps, QUALIFIED_SHAPE, Node.ANY).forEachRemaining(q ->
                shapes.find(q.getObject(), LANGUAGE_IN, Node.ANY).forEachRemaining(l ->
                        list(l.getObject()).forEach(n -> langs.add(n.getLiteralLexicalForm()))));
        return langs;
    }

    private boolean shapeRequires(Mapping.Table table, Mapping.Column column, Node ps) {
        if (!isViolation(ps)) {
            return false;
        }
        if (column.lang() != null && qualifiedLanguages(ps).contains(column.lang())) {
            return intValue(ps, QUALIFIED_MIN) >= 1;
        }
        if (intValue(ps, MIN_COUNT) < 1) {
            return false;
        }
        String about = column.aboutUrl() == null ? null : column.aboutUrl().text();
        return table.columns().stream().filter(c -> c != column && column.propertyUrl().equals(c.propertyUrl()))
                .noneMatch(c -> java.util.Objects.equals(about, c.aboutUrl() == null ? null : c.aboutUrl().text()));
    }

    private boolean isViolation(Node ps) {
        List<Triple> severity = shapes.find(ps, SEVERITY, Node.ANY).toList();
        return severity.isEmpty() || severity.get(0).getObject().equals(VIOLATION);
    }

    private int intValue(Node ps, Node property) {
        List<Triple> values = shapes.find(ps, property, Node.ANY).toList();
        if (values.isEmpty() || !values.get(0).getObject().isLiteral()) {
            return 0;
        }
        try {
            return Integer.parseInt(values.get(0).getObject().getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Optional<List<String>> allowed(Mapping.Column column, Optional<Node> matched,
            Map<String, Map<String, String>> labels) {
        Optional<List<String>> byDatatype = column.datatype().enumerated();
        if (byDatatype.isPresent()) {
            return byDatatype;
        }
        if (column.valueUrl() == null || column.refersTo() != null
                || !column.valueUrl().variables().equals(List.of(column.name()))) {
            return Optional.empty();
        }
        List<Node> candidates = new ArrayList<>();
        if (column.subClassOf() != null) {
            candidates.addAll(data.subClassesOf(NodeFactory.createURI(column.subClassOf())));
        } else if (matched.isPresent()) {
            shapes.find(matched.get(), IN, Node.ANY).forEachRemaining(t -> candidates.addAll(list(t.getObject())));
            shapes.find(matched.get(), CLASS, Node.ANY).forEachRemaining(t -> candidates.addAll(data.instances(t.getObject())));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Node n : candidates) {
            if (!n.isURI()) {
                continue;
            }
            column.valueUrl().match(n.getURI()).map(m -> m.get(column.name())).ifPresent(v -> {
                if (!values.contains(v)) {
                    values.add(v);
                    Map<String, String> l = new LinkedHashMap<>();
                    data.label(n, "es").ifPresent(x -> l.put("es", x));
                    data.label(n, "en").ifPresent(x -> l.put("en", x));
                    labels.put(v, l);
                }
            });
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        boolean numeric = values.stream().allMatch(v -> v.matches("[0-9]+"));
        values.sort(numeric ? Comparator.comparingInt(Integer::parseInt) : Comparator.naturalOrder());
        return Optional.of(List.copyOf(values));
    }

    private List<Node> list(Node head) {
        List<Node> items = new ArrayList<>();
        Node n = head;
        int guard = 0;
        while (n != null && !n.equals(RDF.nil.asNode()) && guard++ < 1000) {
            List<Triple> first = shapes.find(n, RDF.first.asNode(), Node.ANY).toList();
            if (first.isEmpty()) {
                break;
            }
            items.add(first.get(0).getObject());
            List<Triple> rest = shapes.find(n, RDF.rest.asNode(), Node.ANY).toList();
            n = rest.isEmpty() ? null : rest.get(0).getObject();
        }
        return items;
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}
