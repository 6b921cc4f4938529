package org.gcmkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.query.QueryRunner;
import org.gcmkg.page.UiLanguage;

/**
 * A SELECT query that a page runs over the served dataset, as the endpoint would, so that what the page shows is
 * what the data says at that moment.
 */
final class SelectQuery {
    private final Query query;
    private final String name;

    private SelectQuery(String name, String sparql) {
        this.name = name;
        this.query = QueryRunner.parse(sparql, name);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException(name + " is not a SELECT query");
        }
    }

    /** A query from its text. */
    static SelectQuery of(String name, String sparql) {
        return new SelectQuery(name, sparql);
    }

    /** One of the web pages' own queries, kept beside this class as {@code queries/NAME.rq}. */
    static SelectQuery resource(String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = SelectQuery.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new SelectQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The rows, each a map from variable to value (unbound variables are absent), in result order. */
    List<Row> run(DatasetGraph dataset, long timeoutMillis) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset))
                    .timeout(timeoutMillis).build()) {
                ResultSet rs = qe.execSelect();
                List<Row> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, Node> values = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> values.put(v, s.get(v).asNode()));
                    rows.add(new Row(values));
                }
                return rows;
            }
        });
    }

    @Override
    public String toString() {
        return name;
    }

    /** One result row. */
    record Row(Map<String, Node> values) {
        /** The lexical form of a bound literal, or the IRI of a bound resource. */
        Optional<String> text(String var) {
            Node n = values.get(var);
            if (n == null) {
                return Optional.empty();
            }
            return Optional.of(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
        }

        /** A bound integer value; empty when unbound, which means unknown, not zero. */
        Optional<Long> number(String var) {
            return text(var).map(t -> Long.parseLong(t.strip()));
        }

        /** The text of one variable or the other, by interface language ({@code var_en} or {@code var_es}). */
        String text(String var, UiLanguage lang) {
            return text(var + "_" + lang.code()).or(() -> text(var + "_en")).orElse("");
        }
    }
}
