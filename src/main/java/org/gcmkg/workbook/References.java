package org.gcmkg.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Resolves the references of a workbook to institutions and programmes (the mapping's {@code gcmwb:lookups}):
 * first what the workbook itself declares (by identifier or acronym), then the resources of the data whose IRIs
 * follow the lookup's patterns (by slug or acronym; the edition's own country or edition first), or a full IRI of
 * such a resource. It also writes a resource back as the shortest text that resolves to it (for the export).
 */
final class References {
    private final Mapping mapping;
    private final DataContext data;
    private final Map<String, String> globals;
    private final Map<String, Map<String, Node>> declared = new HashMap<>();
    private final Map<String, Set<Node>> declaredIris = new HashMap<>();
    private final Map<String, Index> known = new HashMap<>();

    /** A result: the IRI, or a problem (a message key of the workbook bundle and its arguments). */
    record Resolution(Node iri, String problem, Object[] arguments) {
        boolean resolved() {
            return iri != null;
        }
    }

    private record Index(Map<String, List<Node>> bySlug, Map<String, Set<Node>> byAcronym, Set<Node> all) {
    }

    References(Mapping mapping, DataContext data, Map<String, String> globals) {
        this.mapping = mapping;
        this.data = data;
        this.globals = globals;
    }

    /** Declares a resource the workbook describes, under its key and acronym. */
    void declare(String lookup, String key, String acronym, Node iri) {
        Map<String, Node> names = declared.computeIfAbsent(lookup, k -> new LinkedHashMap<>());
        names.putIfAbsent(key.toLowerCase(Locale.ROOT), iri);
        if (acronym != null && !acronym.isBlank()) {
            names.putIfAbsent(acronym.strip().toLowerCase(Locale.ROOT), iri);
        }
        declaredIris.computeIfAbsent(lookup, k -> new LinkedHashSet<>()).add(iri);
    }

    /** The resource of the data (not the workbook) that {@code key} names by slug, if exactly one. */
    Optional<Node> known(String lookup, String key) {
        List<Node> bySlug = index(lookup).bySlug().getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
        return bySlug.isEmpty() ? Optional.empty() : Optional.of(bySlug.get(0));
    }

    /** What {@code value} names through {@code lookup}. */
    Resolution resolve(String lookup, String value) {
        String v = value.strip();
        Index index = index(lookup);
        if (v.startsWith("http://") || v.startsWith("https://")) {
            Node iri = NodeFactory.createURI(v);
            if (index.all().contains(iri) || declaredIris.getOrDefault(lookup, Set.of()).contains(iri)) {
                return new Resolution(iri, null, null);
            }
            return new Resolution(null, "ref.unknown." + lookup, new Object[] {"value", v});
        }
        String k = v.toLowerCase(Locale.ROOT);
        Node d = declared.getOrDefault(lookup, Map.of()).get(k);
        if (d != null) {
            return new Resolution(d, null, null);
        }
        List<Node> bySlug = index.bySlug().getOrDefault(k, List.of());
        if (!bySlug.isEmpty()) {
            return new Resolution(bySlug.get(0), null, null);
        }
        Set<Node> byAcronym = index.byAcronym().getOrDefault(k, Set.of());
        if (byAcronym.size() == 1) {
            return new Resolution(byAcronym.iterator().next(), null, null);
        }
        if (byAcronym.size() > 1) {
            List<String> slugs = byAcronym.stream().map(n -> slug(n.getURI())).sorted().toList();
            return new Resolution(null, "ref.ambiguous", new Object[] {"value", v, "count", slugs.size(),
                    "candidates", String.join(", ", slugs)});
        }
        return new Resolution(null, "ref.unknown." + lookup, new Object[] {"value", v});
    }

    /** The shortest text that resolves to {@code iri}: its slug, else its full IRI. */
    String reverse(String lookup, Node iri) {
        String slug = slug(iri.getURI());
        Resolution r = resolve(lookup, slug);
        return r.resolved() && r.iri().equals(iri) ? slug : iri.getURI();
    }

    /** The last path segment of an IRI: the slug a template sees for a resolved reference. */
    static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private synchronized Index index(String lookup) {
        return known.computeIfAbsent(lookup, name -> {
            Mapping.Lookup l = mapping.lookup(name);
            Map<String, List<Node>> bySlug = new HashMap<>();
            Map<String, Set<Node>> byAcronym = new HashMap<>();
            Set<Node> all = new LinkedHashSet<>();
            List<UriTemplate> patterns = new ArrayList<>(l.patterns());
            for (Node n : data.instances(NodeFactory.createURI(l.classIri()))) {
                for (int p = patterns.size() - 1; p >= 0; p--) {
                    Optional<Map<String, String>> m = patterns.get(p).match(n.getURI());
                    if (m.isPresent() && agreesWithGlobals(m.get())) {
                        all.add(n);
                        String slug = m.get().get("slug").toLowerCase(Locale.ROOT);
                        List<Node> list = bySlug.computeIfAbsent(slug, x -> new ArrayList<>());
                        if (p > 0) {
                            list.add(0, n);
                        } else {
                            list.add(n);
                        }
                        if (l.acronymProperty() != null) {
                            for (Node a : data.literals(n, l.acronymProperty())) {
                                byAcronym.computeIfAbsent(a.getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT),
                                        x -> new LinkedHashSet<>()).add(n);
                            }
                        }
                        break;
                    }
                }
            }
            return new Index(bySlug, byAcronym, all);
        });
    }

    private boolean agreesWithGlobals(Map<String, String> variables) {
        for (Map.Entry<String, String> v : variables.entrySet()) {
            if (!v.getKey().equals("slug") && !v.getValue().equals(globals.get(v.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
