package org.gcmkg.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The engine that turns the tables of a workbook into RDF as the mapping says, with one code path for every
 * column: read each cell by its datatype, resolve references, expand the URI templates of the CSV on the Web
 * metadata ({@code aboutUrl}, {@code propertyUrl}, {@code valueUrl}), check keys, foreign keys and allowed values,
 * and remember the cell each statement comes from.
 */
final class TableMapper {
    private final Mapping mapping;
    private final ColumnRules rules;

    TableMapper(ColumnRules rules) {
        this.mapping = rules.mapping();
        this.rules = rules;
    }

    /** What one row holds once read. */
    private static final class RowValues {
        final WorkbookInput.Row row;
        final Map<String, List<Datatype.Value>> values = new HashMap<>();
        final Map<String, List<Node>> references = new HashMap<>();
        final Map<String, String> variables = new HashMap<>();
        Node subject;

        RowValues(WorkbookInput.Row row) {
            this.row = row;
        }
    }

    MappedWorkbook map(WorkbookInput input) {
        List<CellProblem> problems = new ArrayList<>(input.problems());
        Graph graph = GraphFactory.createDefaultGraph();
        Map<Triple, Place> cells = new HashMap<>();
        Map<Node, MappedWorkbook.RowPlace> rowPlaces = new LinkedHashMap<>();
        Map<Node, Place> mentions = new HashMap<>();

        Map<String, List<RowValues>> tables = new LinkedHashMap<>();
        for (Mapping.Table table : mapping.tables()) {
            Optional<WorkbookInput.Sheet> sheet = input.sheet(table.url());
            List<RowValues> rows = new ArrayList<>();
            if (sheet.isPresent()) {
                missingColumns(table, sheet.get(), problems);
                for (WorkbookInput.Row row : sheet.get().rows()) {
                    rows.add(read(table, sheet.get(), row, problems));
                }
            }
            tables.put(table.url(), rows);
        }
        Map<String, String> globals = globals(input, tables, problems);
        if (globals == null) {
            return new MappedWorkbook(input, graph, Optional.empty(), cells, rowPlaces, mentions, dedupe(problems));
        }
        Node edition = NodeFactory.createURI(mapping.tables().get(0).aboutUrl().expand(globals).orElseThrow());
        References references = new References(mapping, rules.data(), globals);
        declare(input, tables, globals, references);
        for (Mapping.Table table : mapping.tables()) {
            input.sheet(table.url()).ifPresent(sheet -> {
                for (RowValues rv : tables.get(table.url())) {
                    resolve(table, sheet, rv, references, problems);
                }
            });
        }
        for (Mapping.Table table : mapping.tables()) {
            input.sheet(table.url()).ifPresent(sheet -> subjects(table, sheet, tables.get(table.url()), globals,
                    references, problems, rowPlaces));
        }
        for (Mapping.Table table : mapping.tables()) {
            input.sheet(table.url()).ifPresent(sheet -> foreignKeys(table, sheet, tables, problems));
        }
        for (Mapping.Table table : mapping.tables()) {
            input.sheet(table.url()).ifPresent(sheet -> {
                for (RowValues rv : tables.get(table.url())) {
                    emit(table, sheet, rv, globals, graph, cells, mentions, rowPlaces);
                }
            });
        }
        return new MappedWorkbook(input, graph, Optional.of(edition), cells, rowPlaces, mentions, dedupe(problems));
    }

    private void missingColumns(Mapping.Table table, WorkbookInput.Sheet sheet, List<CellProblem> problems) {
        if (sheet.rows().isEmpty()) {
            return;
        }
        for (Mapping.Column c : table.cellColumns()) {
            if (!sheet.columns().containsKey(c.name()) && rules.info(table, c).required()) {
                problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, new Place(sheet.name(), sheet.headerRow(),
                        sheet.columns().size()), c.name(), null, "sheet.missingColumn", "name", c.name()));
            }
        }
    }

    private RowValues read(Mapping.Table table, WorkbookInput.Sheet sheet, WorkbookInput.Row row,
            List<CellProblem> problems) {
        RowValues rv = new RowValues(row);
        for (Mapping.Column c : table.cellColumns()) {
            CellInput cell = row.cell(c.name());
            Place place = sheet.place(c.name(), row.number()).orElse(null);
            if (cell.empty()) {
                if (rules.info(table, c).required() && place != null) {
                    problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, place, c.name(), "", "cell.required",
                            "column", title(table, c)));
                }
                continue;
            }
            List<CellInput> pieces = new ArrayList<>();
            if (c.separator() != null) {
                for (String p : cell.text().split(java.util.regex.Pattern.quote(c.separator()))) {
                    if (!p.isBlank()) {
                        pieces.add(cell.piece(p.strip()));
                    }
                }
            } else {
                pieces.add(cell);
            }
            List<Datatype.Value> values = new ArrayList<>();
            for (CellInput piece : pieces) {
                if (c.refersTo() != null) {
                    values.add(new Datatype.Value(piece.text(), null));
                    continue;
                }
                try {
                    Datatype.Value v = c.datatype().read(piece, c.lang());
                    Optional<List<String>> allowed = rules.info(table, c).allowed();
                    if (allowed.isPresent() && !c.datatype().enumerated().isPresent()
                            && !allowed.get().contains(v.text())) {
                        problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, place, c.name(), cell.text(),
                                "cell.allowed", "value", v.text(), "values", abbreviate(allowed.get())));
                        continue;
                    }
                    values.add(v);
                } catch (Datatype.Problem p) {
                    problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, place, c.name(), cell.text(),
                            p.key(), p.arguments()));
                }
            }
            if (!values.isEmpty()) {
                rv.values.put(c.name(), values);
                if (c.refersTo() == null) {
                    rv.variables.put(c.name(), values.get(0).text());
                }
            }
        }
        return rv;
    }

    private Map<String, String> globals(WorkbookInput input, Map<String, List<RowValues>> tables,
            List<CellProblem> problems) {
        Mapping.Table first = mapping.tables().get(0);
        Optional<WorkbookInput.Sheet> sheet = input.sheet(first.url());
        List<RowValues> rows = tables.get(first.url());
        if (sheet.isEmpty() || rows.isEmpty()) {
            problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION, null, null, null, "sheet.missingReport",
                    "sheet", first.sheet()));
            return null;
        }
        if (rows.size() > 1) {
            problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION,
                    new Place(sheet.get().name(), rows.get(1).row.number(), 0), null, null, "sheet.reportRows",
                    "count", rows.size()));
        }
        Map<String, String> globals = new HashMap<>();
        for (Mapping.Global g : mapping.globals().values()) {
            List<RowValues> source = tables.get(g.table());
            String value = source == null || source.isEmpty() ? null : source.get(0).variables.get(g.column());
            if (value == null) {
                return null;
            }
            if ("upper".equals(g.letterCase())) {
                value = value.toUpperCase(Locale.ROOT);
            } else if ("lower".equals(g.letterCase())) {
                value = value.toLowerCase(Locale.ROOT);
            }
            globals.put(g.name(), value);
        }
        return globals;
    }

    private void declare(WorkbookInput input, Map<String, List<RowValues>> tables, Map<String, String> globals,
            References references) {
        for (Mapping.Lookup lookup : mapping.lookups().values()) {
            Mapping.Table table = mapping.table(lookup.declaredIn());
            String key = table.primaryKey().get(0);
            Optional<Mapping.Column> keyColumn = table.column(key);
            for (RowValues rv : tables.get(table.url())) {
                String k = rv.variables.get(key);
                if (k == null) {
                    continue;
                }
                Map<String, String> vars = new HashMap<>(globals);
                vars.putAll(rv.variables);
                Optional<Node> known = keyColumn.map(Mapping.Column::known).filter(x -> x != null)
                        .flatMap(l -> references.known(l, k));
                Optional<String> minted = table.aboutUrl().expand(vars);
                Node iri = known.orElseGet(() -> minted.map(NodeFactory::createURI).orElse(null));
                if (iri != null) {
                    rv.subject = iri;
                    String acronym = lookup.acronymColumn() == null ? null : rv.variables.get(lookup.acronymColumn());
                    references.declare(lookup.name(), k, acronym, iri);
                }
            }
        }
    }

    private void resolve(Mapping.Table table, WorkbookInput.Sheet sheet, RowValues rv, References references,
            List<CellProblem> problems) {
        for (Mapping.Column c : table.cellColumns()) {
            if (c.refersTo() == null || !rv.values.containsKey(c.name())) {
                continue;
            }
            List<Node> iris = new ArrayList<>();
            for (Datatype.Value v : rv.values.get(c.name())) {
                References.Resolution r = references.resolve(c.refersTo(), v.text());
                if (r.resolved()) {
                    iris.add(r.iri());
                } else {
                    problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION,
                            sheet.place(c.name(), rv.row.number()).orElse(null), c.name(),
                            rv.row.cell(c.name()).text(), r.problem(), r.arguments()));
                }
            }
            if (!iris.isEmpty()) {
                rv.references.put(c.name(), iris);
                rv.variables.put(c.name(), References.slug(iris.get(0).getURI()));
            }
        }
    }

    private void subjects(Mapping.Table table, WorkbookInput.Sheet sheet, List<RowValues> rows,
            Map<String, String> globals, References references, List<CellProblem> problems,
            Map<Node, MappedWorkbook.RowPlace> rowPlaces) {
        Map<Node, Integer> seen = new HashMap<>();
        for (RowValues rv : rows) {
            if (rv.subject == null) {
                Map<String, String> vars = new HashMap<>(globals);
                vars.putAll(rv.variables);
                rv.subject = table.aboutUrl().expand(vars).map(NodeFactory::createURI).orElse(null);
            }
            if (rv.subject == null) {
                continue;
            }
            Integer previous = seen.putIfAbsent(rv.subject, rv.row.number());
            if (previous != null) {
                String key = table.primaryKey().get(table.primaryKey().size() - 1);
                problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION,
                        sheet.place(key, rv.row.number()).orElse(new Place(sheet.name(), rv.row.number(), 0)), key,
                        rv.row.cell(key).text(), "cell.duplicate", "columns", String.join(", ", table.primaryKey()),
                        "row", previous));
                rv.subject = null;
                continue;
            }
            rowPlaces.putIfAbsent(rv.subject, new MappedWorkbook.RowPlace(table, sheet, rv.row.number()));
        }
    }

    private void foreignKeys(Mapping.Table table, WorkbookInput.Sheet sheet, Map<String, List<RowValues>> tables,
            List<CellProblem> problems) {
        for (Mapping.ForeignKey fk : table.foreignKeys()) {
            Mapping.Table target = mapping.table(fk.resource());
            Set<List<String>> keys = new HashSet<>();
            for (RowValues r : tables.get(target.url())) {
                List<String> key = new ArrayList<>();
                for (String col : fk.referencedColumns()) {
                    key.add(r.variables.get(col));
                }
                keys.add(key);
            }
            for (RowValues rv : tables.get(table.url())) {
                if (fk.columns().stream().anyMatch(col -> !rv.values.containsKey(col))) {
                    continue;
                }
                List<List<String>> wanted = new ArrayList<>();
                if (fk.columns().size() == 1) {
                    for (Datatype.Value v : rv.values.get(fk.columns().get(0))) {
                        wanted.add(List.of(v.text()));
                    }
                } else {
                    List<String> key = new ArrayList<>();
                    fk.columns().forEach(col -> key.add(rv.variables.get(col)));
                    wanted.add(key);
                }
                for (List<String> key : wanted) {
                    if (!keys.contains(key)) {
                        String col = fk.columns().get(fk.columns().size() - 1);
                        problems.add(CellProblem.cell(CellProblem.Severity.VIOLATION,
                                sheet.place(col, rv.row.number()).orElse(null), col, String.join("-", key),
                                "cell.foreignKey", "value", String.join(" / ", key), "sheet", target.sheet(),
                                "columns", String.join(", ", fk.referencedColumns())));
                    }
                }
            }
        }
    }

    private void emit(Mapping.Table table, WorkbookInput.Sheet sheet, RowValues rv, Map<String, String> globals,
            Graph graph, Map<Triple, Place> cells, Map<Node, Place> mentions,
            Map<Node, MappedWorkbook.RowPlace> rowPlaces) {
        if (rv.subject == null) {
            return;
        }
        Map<String, String> vars = new HashMap<>(globals);
        vars.putAll(rv.variables);
        for (Mapping.Column c : table.columns()) {
            if (!c.states()) {
                continue;
            }
            Node subject = c.aboutUrl() == null ? rv.subject
                    : c.aboutUrl().expand(vars).map(NodeFactory::createURI).orElse(null);
            if (subject == null) {
                continue;
            }
            Node predicate = NodeFactory.createURI(c.propertyUrl());
            if (c.virtual()) {
                if (!c.onlyIfEmpty().isEmpty() && c.onlyIfEmpty().stream().anyMatch(rv.values::containsKey)) {
                    continue;
                }
                if (!c.onlyIfFilled().isEmpty() && c.onlyIfFilled().stream().noneMatch(rv.values::containsKey)) {
                    continue;
                }
                c.valueUrl().expand(vars).ifPresent(o -> graph.add(Triple.create(subject, predicate, NodeFactory.createURI(o))));
                continue;
            }
            Place place = sheet.place(c.name(), rv.row.number()).orElse(null);
            List<Node> objects = new ArrayList<>();
            if (c.refersTo() != null) {
                objects.addAll(rv.references.getOrDefault(c.name(), List.of()));
            } else {
                for (Datatype.Value v : rv.values.getOrDefault(c.name(), List.of())) {
                    if (c.valueUrl() != null) {
                        Map<String, String> own = new HashMap<>(vars);
                        own.put(c.name(), v.text());
                        c.valueUrl().expand(own).ifPresent(o -> objects.add(NodeFactory.createURI(o)));
                    } else {
                        objects.add(v.literal());
                    }
                }
            }
            for (Node o : objects) {
                Triple t = Triple.create(subject, predicate, o);
                graph.add(t);
                if (place != null) {
                    cells.putIfAbsent(t, place);
                    if (o.isURI()) {
                        mentions.putIfAbsent(o, place);
                    }
                }
            }
            if (!objects.isEmpty() && !subject.equals(rv.subject)) {
                rowPlaces.putIfAbsent(subject, new MappedWorkbook.RowPlace(table, sheet, rv.row.number()));
            }
        }
    }

    private String title(Mapping.Table table, Mapping.Column c) {
        Map<String, String> titles = rules.info(table, c).titles();
        return titles.getOrDefault("en", c.name()) + " / " + titles.getOrDefault("es", c.name());
    }

    private static String abbreviate(List<String> values) {
        if (values.size() <= 25) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, 25)) + ", …";
    }

    private static List<CellProblem> dedupe(List<CellProblem> problems) {
        Map<String, CellProblem> unique = new LinkedHashMap<>();
        for (CellProblem p : problems) {
            unique.putIfAbsent(p.ref() + "|" + p.key() + "|" + p.value() + "|" + p.column(), p);
        }
        return List.copyOf(unique.values());
    }
}
