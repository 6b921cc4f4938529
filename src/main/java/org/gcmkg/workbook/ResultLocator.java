package org.gcmkg.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * Points a validation result of the gate back at the cell it is about: the cell that made the statement (focus
 * node, path, value), else the cell of that property in the row that describes the focus node (an empty cell for a
 * missing value), else that row, else the cell that names the focus node; a result about nothing the workbook
 * describes is about the whole workbook. A result of a rule about the focus node as a whole (no path, such as an
 * {@code sh:or} of property shapes) is about the first cell of the row that states one of the properties the rule's
 * alternatives name.
 */
final class ResultLocator {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<Node> LOGICAL = List.of(sh("or"), sh("xone"), sh("and"));

    private ResultLocator() {
    }

    static CellProblem locate(ReportEntry entry, MappedWorkbook mapped, Graph shapes) {
        Node focus = entry.focusNode();
        Node predicate = entry.resultPath() instanceof P_Link link ? link.getNode() : null;
        Node value = entry.value();
        Place place = null;
        String column = null;
        if (predicate != null && value != null) {
            place = mapped.cells().get(Triple.create(focus, predicate, value));
        }
        MappedWorkbook.RowPlace row = mapped.rows().get(focus);
        if (place == null && predicate != null && row != null) {
            Optional<Mapping.Column> c = column(row, predicate);
            if (c.isPresent()) {
                column = c.get().name();
                place = row.sheet().place(column, row.row()).orElse(null);
            }
        }
        if (place == null && predicate == null && row != null && entry.source() != null) {
            for (Node p : alternativePaths(entry.source(), shapes)) {
                Optional<Mapping.Column> c = statedColumn(row, p);
                if (c.isPresent()) {
                    column = c.get().name();
                    place = row.sheet().place(column, row.row()).orElse(null);
                    break;
                }
            }
        }
        if (place == null && row != null) {
            place = new Place(row.sheet().name(), row.row(), 0);
        }
        if (place == null) {
            place = mapped.mentions().get(focus);
        }
        if (place != null && column == null) {
            column = columnAt(mapped, place);
        }
        String found = place != null ? cellText(mapped, place, column)
                : value != null ? FmtUtils.stringForNode(value) : FmtUtils.stringForNode(focus);
        Map<String, String> messages = new LinkedHashMap<>();
        for (Node m : entry.messages()) {
            if (m.isLiteral()) {
                messages.putIfAbsent(m.getLiteralLanguage().isEmpty() ? "en" : m.getLiteralLanguage(),
                        m.getLiteralLexicalForm());
            }
        }
        if (messages.isEmpty() && entry.message() != null) {
            messages.put("en", entry.message());
        }
        return new CellProblem(severity(entry.severity()), place, column, found, null, new Object[0], messages,
                entry.source() == null ? null
                        : entry.source().isURI() ? entry.source().getURI() : FmtUtils.stringForNode(entry.source()));
    }

    /** The simple paths of the property shapes that a shape's sh:or, sh:xone or sh:and alternatives are. */
    private static List<Node> alternativePaths(Node shape, Graph shapes) {
        List<Node> paths = new ArrayList<>();
        for (Node logical : LOGICAL) {
            shapes.find(shape, logical, Node.ANY).forEachRemaining(t -> {
                for (Node member = t.getObject(); shapes.contains(member, RDF.first.asNode(), Node.ANY);
                        member = shapes.find(member, RDF.rest.asNode(), Node.ANY).next().getObject()) {
                    shapes.find(shapes.find(member, RDF.first.asNode(), Node.ANY).next().getObject(), sh("path"), Node.ANY)
                            .forEachRemaining(path -> {
                                if (path.getObject().isURI()) {
                                    paths.add(path.getObject());
                                }
                            });
                }
            });
        }
        return paths;
    }

    private static Optional<Mapping.Column> statedColumn(MappedWorkbook.RowPlace row, Node predicate) {
        WorkbookInput.Row r = row.sheet().rows().stream().filter(x -> x.number() == row.row()).findFirst().orElse(null);
        return row.table().cellColumns().stream()
                .filter(c -> predicate.getURI().equals(c.propertyUrl()) && c.states()
                        && row.sheet().columns().containsKey(c.name()) && r != null && !r.cell(c.name()).empty())
                .findFirst();
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    private static Optional<Mapping.Column> column(MappedWorkbook.RowPlace row, Node predicate) {
        List<Mapping.Column> candidates = row.table().cellColumns().stream()
                .filter(c -> predicate.getURI().equals(c.propertyUrl()) && c.states()).toList();
        for (Mapping.Column c : candidates) {
            WorkbookInput.Row r = row.sheet().rows().stream().filter(x -> x.number() == row.row()).findFirst().orElse(null);
            if (r != null && r.cell(c.name()).empty() && row.sheet().columns().containsKey(c.name())) {
                return Optional.of(c);
            }
        }
        return candidates.stream().filter(c -> row.sheet().columns().containsKey(c.name())).findFirst();
    }

    private static String columnAt(MappedWorkbook mapped, Place place) {
        for (WorkbookInput.Sheet sheet : mapped.input().sheets().values()) {
            if (sheet.name().equals(place.sheet())) {
                for (Map.Entry<String, Integer> e : sheet.columns().entrySet()) {
                    if (e.getValue() == place.column()) {
                        return e.getKey();
                    }
                }
            }
        }
        return null;
    }

    private static String cellText(MappedWorkbook mapped, Place place, String column) {
        if (column == null) {
            return "";
        }
        for (WorkbookInput.Sheet sheet : mapped.input().sheets().values()) {
            if (sheet.name().equals(place.sheet())) {
                for (WorkbookInput.Row r : sheet.rows()) {
                    if (r.number() == place.row()) {
                        return r.cell(column).text();
                    }
                }
            }
        }
        return "";
    }

    private static CellProblem.Severity severity(Severity s) {
        if (Severity.Violation.equals(s)) {
            return CellProblem.Severity.VIOLATION;
        }
        return Severity.Warning.equals(s) ? CellProblem.Severity.WARNING : CellProblem.Severity.INFO;
    }
}
