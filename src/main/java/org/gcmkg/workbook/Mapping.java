package org.gcmkg.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The mapping from the workbook's tables to RDF: the CSV on the Web metadata file
 * {@code template/gcm-workbook.csvw.json} (embedded as {@code gcm/template/gcm-workbook.csvw.json}), parsed once.
 * It drives reading, the template and the export alike, so they cannot disagree.
 */
public final class Mapping {
    /** The resource that holds the mapping. */
    public static final String RESOURCE = "gcm/template/gcm-workbook.csvw.json";

    private static final Map<String, String> INITIAL_PREFIXES = Map.ofEntries(
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("dc", "http://purl.org/dc/terms/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("qb", "http://purl.org/linked-data/cube#"),
            Map.entry("csvw", "http://www.w3.org/ns/csvw#"));

    private static volatile Mapping standard;

    private final Map<String, String> prefixes;
    private final List<Table> tables;
    private final Map<String, Global> globals;
    private final Map<String, Lookup> lookups;

    /** A table of the mapping: one sheet of the workbook, one CSV file of its CSV form. */
    record Table(String url, String sheet, Map<String, String> titles, Map<String, String> descriptions,
            UriTemplate aboutUrl, List<String> primaryKey, List<ForeignKey> foreignKeys, List<Column> columns) {

        /** The column called {@code name}, if any. */
        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        /** The columns that are cells of the sheet (not virtual). */
        List<Column> cellColumns() {
            return columns.stream().filter(c -> !c.virtual()).toList();
        }

        /** The file name of the table in the CSV form. */
        String fileName() {
            return url;
        }
    }

    /** A reference from columns of one table to the key of another. */
    record ForeignKey(List<String> columns, String resource, List<String> referencedColumns) {
    }

    /**
     * A column of a table.
     *
     * @param aboutUrl    the subject's template when it is not the table's, else null
     * @param propertyUrl the property's IRI, or null for a column that states nothing by itself
     * @param valueUrl    the object's template when the object is an IRI, else null
     * @param lang        the language of its literals, or null
     * @param separator   the separator of several values in one cell, or null
     * @param refersTo    the lookup that resolves its values, or null
     * @param known       on a key column, the lookup by which a row may describe a resource of the data, or null
     * @param subClassOf  on an rdf:type column, the class whose subclasses are its allowed values, or null
     */
    record Column(String name, Map<String, String> titles, Map<String, String> descriptions, boolean required,
            boolean virtual, boolean suppressOutput, UriTemplate aboutUrl, String propertyUrl, UriTemplate valueUrl,
            Datatype datatype, String lang, String separator, String refersTo, String known, String subClassOf,
            List<String> onlyIfEmpty, List<String> onlyIfFilled) {

        /** Whether the column states a triple of its own. */
        boolean states() {
            return propertyUrl != null && !suppressOutput;
        }
    }

    /** A variable every template may use, read from one cell of one table. */
    record Global(String name, String table, String column, String letterCase) {
    }

    /** How references to institutions or programmes are resolved. */
    record Lookup(String name, String classIri, String declaredIn, String acronymColumn, String acronymProperty,
            List<UriTemplate> patterns) {
    }

    private Mapping(Map<String, String> prefixes, List<Table> tables, Map<String, Global> globals,
            Map<String, Lookup> lookups) {
        this.prefixes = prefixes;
        this.tables = tables;
        this.globals = globals;
        this.lookups = lookups;
    }

    /** The project's mapping, read once from the classpath. */
    public static Mapping standard() {
        Mapping m = standard;
        if (m == null) {
            try (InputStream in = Mapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the workbook mapping " + RESOURCE + " is missing from the classpath");
                }
                m = parse(JSON.parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = m;
        }
        return m;
    }

    /** The mapping described by a parsed CSVW metadata document. */
    static Mapping parse(JsonObject root) {
        Map<String, String> prefixes = new LinkedHashMap<>(INITIAL_PREFIXES);
        JsonValue context = root.get("@context");
        if (context != null && context.isArray()) {
            for (JsonValue v : context.getAsArray()) {
                if (v.isObject()) {
                    for (String key : v.getAsObject().keys()) {
                        if (!key.startsWith("@")) {
                            prefixes.put(key, v.getAsObject().get(key).getAsString().value());
                        }
                    }
                }
            }
        }
        Mapping shell = new Mapping(prefixes, List.of(), Map.of(), Map.of());
        Map<String, Global> globals = new LinkedHashMap<>();
        JsonObject g = root.getObj("gcmwb:globals");
        for (String name : g.keys()) {
            JsonObject o = g.getObj(name);
            globals.put(name, new Global(name, o.getString("table"), o.getString("column"),
                    o.hasKey("case") ? o.getString("case") : null));
        }
        Map<String, Lookup> lookups = new LinkedHashMap<>();
        JsonObject l = root.getObj("gcmwb:lookups");
        for (String name : l.keys()) {
            JsonObject o = l.getObj(name);
            List<UriTemplate> patterns = new ArrayList<>();
            o.get("patterns").getAsArray().forEach(p -> patterns.add(UriTemplate.of(p.getAsString().value())));
            lookups.put(name, new Lookup(name, shell.expand(o.getString("class")), o.getString("declaredIn"),
                    o.hasKey("acronymColumn") ? o.getString("acronymColumn") : null,
                    o.hasKey("acronymProperty") ? shell.expand(o.getString("acronymProperty")) : null, patterns));
        }
        List<Table> tables = new ArrayList<>();
        for (JsonValue tv : root.get("tables").getAsArray()) {
            tables.add(shell.table(tv.getAsObject()));
        }
        return new Mapping(prefixes, List.copyOf(tables), globals, lookups);
    }

    private Table table(JsonObject t) {
        JsonObject schema = t.getObj("tableSchema");
        List<Column> columns = new ArrayList<>();
        for (JsonValue cv : schema.get("columns").getAsArray()) {
            columns.add(column(cv.getAsObject()));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (schema.hasKey("foreignKeys")) {
            for (JsonValue fk : schema.get("foreignKeys").getAsArray()) {
                JsonObject o = fk.getAsObject();
                JsonObject ref = o.getObj("reference");
                foreignKeys.add(new ForeignKey(names(o.get("columnReference")), ref.getString("resource"),
                        names(ref.get("columnReference"))));
            }
        }
        return new Table(t.getString("url"), t.getString("gcmwb:sheet"), texts(t.get("dc:title")),
                texts(t.get("dc:description")), UriTemplate.of(expand(schema.getString("aboutUrl"))),
                names(schema.get("primaryKey")), List.copyOf(foreignKeys), List.copyOf(columns));
    }

    private Column column(JsonObject c) {
        return new Column(c.getString("name"), texts(c.get("titles")), texts(c.get("dc:description")),
                bool(c, "required"), bool(c, "virtual"), bool(c, "suppressOutput"),
                c.hasKey("aboutUrl") ? UriTemplate.of(expand(c.getString("aboutUrl"))) : null,
                c.hasKey("propertyUrl") ? expand(c.getString("propertyUrl")) : null,
                c.hasKey("valueUrl") ? UriTemplate.of(expand(c.getString("valueUrl"))) : null,
                datatype(c.get("datatype")), c.hasKey("lang") ? c.getString("lang") : null,
                c.hasKey("separator") ? c.getString("separator") : null,
                c.hasKey("gcmwb:refersTo") ? c.getString("gcmwb:refersTo") : null,
                c.hasKey("gcmwb:known") ? c.getString("gcmwb:known") : null,
                c.hasKey("gcmwb:subClassOf") ? expand(c.getString("gcmwb:subClassOf")) : null,
                names(c.get("gcmwb:onlyIfEmpty")), names(c.get("gcmwb:onlyIfFilled")));
    }

    private static Datatype datatype(JsonValue v) {
        if (v == null) {
            return Datatype.STRING;
        }
        if (v.isString()) {
            return new Datatype(v.getAsString().value(), null, null, null);
        }
        JsonObject o = v.getAsObject();
        return new Datatype(o.getString("base"), o.hasKey("format") ? o.getString("format") : null,
                o.hasKey("minimum") ? o.get("minimum").getAsNumber().value().longValue() : null,
                o.hasKey("maximum") ? o.get("maximum").getAsNumber().value().longValue() : null);
    }

    private static boolean bool(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).getAsBoolean().value();
    }

    private static List<String> names(JsonValue v) {
        if (v == null) {
            return List.of();
        }
        if (v.isString()) {
            return List.of(v.getAsString().value());
        }
        List<String> names = new ArrayList<>();
        for (JsonValue x : v.getAsArray()) {
            names.add(x.getAsString().value());
        }
        return List.copyOf(names);
    }

    private static Map<String, String> texts(JsonValue v) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (v != null && v.isObject()) {
            for (String lang : v.getAsObject().keys()) {
                texts.put(lang, v.getAsObject().get(lang).getAsString().value());
            }
        } else if (v != null && v.isString()) {
            texts.put("en", v.getAsString().value());
        }
        return texts;
    }

    /** A compact IRI ({@code gcm:Report}) or template with a prefix, expanded; anything else unchanged. */
    String expand(String text) {
        int colon = text.indexOf(':');
        if (colon > 0 && !text.startsWith("http") && !text.startsWith("{")) {
            String ns = prefixes.get(text.substring(0, colon));
            if (ns != null) {
                return ns + text.substring(colon + 1);
            }
        }
        return text;
    }

    /** The tables, in the order of the workbook's sheets. */
    List<Table> tables() {
        return tables;
    }

    /** The table whose CSV file is {@code url}. */
    Table table(String url) {
        return tables.stream().filter(t -> t.url().equals(url)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + url + " in the mapping"));
    }

    /** The global template variables. */
    Map<String, Global> globals() {
        return globals;
    }

    /** The lookup called {@code name}. */
    Lookup lookup(String name) {
        Lookup l = lookups.get(name);
        if (l == null) {
            throw new IllegalArgumentException("no lookup " + name + " in the mapping");
        }
        return l;
    }

    /** All lookups. */
    Map<String, Lookup> lookups() {
        return lookups;
    }

    /** The prefixes the mapping's compact IRIs use. */
    Map<String, String> prefixes() {
        return prefixes;
    }
}
