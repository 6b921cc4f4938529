package org.gcmkg.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.vocab.Gcm;

/**
 * Turns the graph of one report edition back into the rows of the workbook, driven by the same mapping that reads
 * it: the subjects of each table are the resources of the table's class whose IRIs follow its {@code aboutUrl}
 * template, and each column takes the values of its property. The statements no column carries are kept apart, so
 * that what does not round-trip is known.
 */
final class EditionExport {
    private final Mapping mapping;
    private final ColumnRules rules;

    /** The rows of every table, by the table's url, and the statements of the edition that no column carries. */
    record Rows(Map<String, List<Map<String, Object>>> tables, List<Triple> notCarried) {
    }

    EditionExport(ColumnRules rules) {
        this.mapping = rules.mapping();
        this.rules = rules;
    }

    /** The rows of edition {@code edition}, whose statements are {@code graph}. */
    Rows export(Graph graph, Node edition) {
        Mapping.Table reportTable = mapping.tables().get(0);
        Map<String, String> editionVars = reportTable.aboutUrl().match(edition.getURI())
                .orElseThrow(() -> new IllegalArgumentException("<" + edition.getURI() + "> is not the IRI of a report edition"));
        Map<String, String> globals = new HashMap<>();
        globals.put("edition", editionVars.get("edition"));
        graph.find(edition, Gcm.COUNTRY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                String code = References.slug(t.getObject().getURI());
                globals.put("COUNTRY", code.toUpperCase(Locale.ROOT));
                globals.put("ccc", code.toLowerCase(Locale.ROOT));
            }
        });
        References references = new References(mapping, rules.data(), globals);
        Set<Triple> carried = new HashSet<>();
        Map<String, List<Subject>> subjects = new LinkedHashMap<>();
        for (Mapping.Table table : mapping.tables()) {
            subjects.put(table.url(), subjects(table, graph, globals, references));
        }
        for (Mapping.Lookup lookup : mapping.lookups().values()) {
            for (Subject s : subjects.get(lookup.declaredIn())) {
                String key = s.vars().get(mapping.table(lookup.declaredIn()).primaryKey().get(0));
                String acronym = null;
                if (lookup.acronymProperty() != null) {
                    for (Triple t : graph.find(s.iri(), NodeFactory.createURI(lookup.acronymProperty()), Node.ANY).toList()) {
                        acronym = t.getObject().getLiteralLexicalForm();
                    }
                }
                references.declare(lookup.name(), key, acronym, s.iri());
            }
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (Mapping.Table table : mapping.tables()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Subject s : subjects.get(table.url())) {
                rows.add(row(table, s, graph, globals, references, carried));
            }
            sort(table, rows);
            tables.put(table.url(), rows);
        }
        List<Triple> notCarried = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            if (!carried.contains(t)) {
                notCarried.add(t);
            }
        });
        return new Rows(tables, notCarried);
    }

    private record Subject(Node iri, Map<String, String> vars) {
    }

    private List<Subject> subjects(Mapping.Table table, Graph graph, Map<String, String> globals, References references) {
        Optional<Mapping.Column> typeColumn = table.columns().stream()
                .filter(c -> RDF.type.getURI().equals(c.propertyUrl()) && c.aboutUrl() == null).findFirst();
        if (typeColumn.isEmpty()) {
            return List.of();
        }
        Optional<Node> type = rules.subjectClass(table, typeColumn.get());
        if (type.isEmpty()) {
            return List.of();
        }
        Set<Node> types = rules.data().withSubClasses(type.get());
        String key = table.primaryKey().get(0);
        Optional<String> known = table.column(key).map(Mapping.Column::known).filter(k -> k != null);
        List<Subject> result = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Node t : types) {
            for (Triple typed : graph.find(Node.ANY, RDF.type.asNode(), t).toList()) {
                Node s = typed.getSubject();
                if (!s.isURI() || !seen.add(s)) {
                    continue;
                }
                Optional<Map<String, String>> vars = table.aboutUrl().match(s.getURI()).filter(v -> agrees(v, globals));
                if (vars.isEmpty() && known.isPresent()) {
                    for (UriTemplate pattern : mapping.lookup(known.get()).patterns()) {
                        Optional<Map<String, String>> m = pattern.match(s.getURI());
                        if (m.isPresent()) {
                            Map<String, String> v = new HashMap<>();
                            v.put(key, m.get().get("slug"));
                            vars = Optional.of(v);
                            break;
                        }
                    }
                }
                if (vars.isPresent()) {
                    Map<String, String> all = new HashMap<>(globals);
                    all.putAll(vars.get());
                    result.add(new Subject(s, all));
                }
            }
        }
        return result;
    }

    private static boolean agrees(Map<String, String> vars, Map<String, String> globals) {
        for (Map.Entry<String, String> e : vars.entrySet()) {
            String g = globals.get(e.getKey());
            if (g != null && !g.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> row(Mapping.Table table, Subject subject, Graph graph, Map<String, String> globals,
            References references, Set<Triple> carried) {
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, String> vars = new HashMap<>(subject.vars());
        for (Mapping.Column c : table.columns()) {
            if (c.virtual()) {
                Node s = c.aboutUrl() == null ? subject.iri()
                        : c.aboutUrl().expand(vars).map(NodeFactory::createURI).orElse(null);
                Optional<String> o = c.valueUrl().expand(vars);
                if (s != null && o.isPresent()) {
                    Triple t = Triple.create(s, NodeFactory.createURI(c.propertyUrl()), NodeFactory.createURI(o.get()));
                    if (graph.contains(t)) {
                        carried.add(t);
                    }
                }
                continue;
            }
            if (!c.states()) {
                String v = vars.get(c.name());
                if (v != null) {
                    row.put(c.name(), c.datatype().numeric() ? new BigDecimal(v) : v);
                }
                continue;
            }
            Node s = c.aboutUrl() == null ? subject.iri() : c.aboutUrl().expand(vars).map(NodeFactory::createURI).orElse(null);
            if (s == null) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            Object single = null;
            for (Triple t : graph.find(s, NodeFactory.createURI(c.propertyUrl()), Node.ANY).toList()) {
                Node o = t.getObject();
                Object value = value(table, c, o, vars, references);
                if (value == null) {
                    continue;
                }
                if (c.separator() == null && single != null) {
                    continue;
                }
                carried.add(t);
                if (c.separator() == null) {
                    single = value;
                } else {
                    texts.add(value.toString());
                }
            }
            if (c.separator() != null && !texts.isEmpty()) {
                texts.sort(Comparator.naturalOrder());
                row.put(c.name(), String.join(c.separator() + " ", texts));
            } else if (single != null) {
                row.put(c.name(), single);
            }
            if (row.get(c.name()) != null && c.separator() == null && !vars.containsKey(c.name())) {
                Object v = row.get(c.name());
                vars.put(c.name(), c.refersTo() != null && v.toString().contains("/")
                        ? References.slug(v.toString()) : v.toString());
            }
        }
        return row;
    }

    private Object value(Mapping.Table table, Mapping.Column c, Node o, Map<String, String> vars, References references) {
        if (c.refersTo() != null) {
            return o.isURI() ? references.reverse(c.refersTo(), o) : null;
        }
        if (c.valueUrl() != null) {
            if (!o.isURI()) {
                return null;
            }
            Optional<Map<String, String>> m = c.valueUrl().match(o.getURI());
            if (m.isEmpty() || !agrees(m.get(), vars) && !agreesExcept(m.get(), vars, c.name())) {
                return null;
            }
            String v = m.get().get(c.name());
            for (Mapping.Global g : mapping.globals().values()) {
                if (v == null && g.table().equals(table.url()) && g.column().equals(c.name())) {
                    v = m.get().get(g.name());
                }
            }
            if (v == null) {
                return null;
            }
            return c.datatype().numeric() ? new BigDecimal(v) : v;
        }
        if (!o.isLiteral()) {
            return null;
        }
        String lang = o.getLiteralLanguage();
        if (c.lang() != null) {
            return c.lang().equals(lang) ? o.getLiteralLexicalForm() : null;
        }
        if (!lang.isEmpty()) {
            return null;
        }
        String dt = o.getLiteralDatatypeURI();
        String lexical = o.getLiteralLexicalForm();
        switch (c.datatype().base()) {
            case "boolean":
                if (!dt.equals(XSDDatatype.XSDboolean.getURI())) {
                    return null;
                }
                String[] words = c.datatype().booleanWords();
                return lexical.equals("true") || lexical.equals("1") ? words[0] : words[1];
            case "integer":
            case "positiveInteger":
            case "nonNegativeInteger":
            case "gcmwb:number":
                return numericType(dt) ? new BigDecimal(lexical) : null;
            case "gYear":
                return dt.equals(XSDDatatype.XSDgYear.getURI()) ? lexical : null;
            case "gcmwb:dateOrPart":
                return dt.equals(XSDDatatype.XSDdate.getURI()) || dt.equals(XSDDatatype.XSDgYearMonth.getURI())
                        || dt.equals(XSDDatatype.XSDgYear.getURI()) ? lexical : null;
            case "anyURI":
                return dt.equals(XSDDatatype.XSDanyURI.getURI()) ? lexical : null;
            case "duration":
                return dt.equals(XSDDatatype.XSDduration.getURI()) ? lexical : null;
            default:
                return dt.equals(XSDDatatype.XSDstring.getURI()) ? lexical : null;
        }
    }

    private static boolean agreesExcept(Map<String, String> m, Map<String, String> vars, String except) {
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (!e.getKey().equals(except) && vars.containsKey(e.getKey()) && !vars.get(e.getKey()).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean numericType(String dt) {
        return dt.equals(XSDDatatype.XSDinteger.getURI()) || dt.equals(XSDDatatype.XSDdecimal.getURI())
                || dt.equals(XSDDatatype.XSDpositiveInteger.getURI()) || dt.equals(XSDDatatype.XSDnonNegativeInteger.getURI());
    }

    private static void sort(Mapping.Table table, List<Map<String, Object>> rows) {
        List<String> order = new ArrayList<>();
        for (String c : List.of("part_of", "order", "row")) {
            if (table.column(c).isPresent()) {
                order.add(c);
            }
        }
        order.addAll(table.primaryKey());
        rows.sort((a, b) -> {
            for (String c : order) {
                int cmp = compare(a.get(c), b.get(c));
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        });
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        return a.toString().compareTo(b.toString());
    }
}
