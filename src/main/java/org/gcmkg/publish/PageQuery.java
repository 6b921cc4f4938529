package org.gcmkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.query.QueryRunner;

/**
 * A SELECT query that a page runs over the served dataset, as the endpoint would, so that what the page shows is
 * what the data says at that moment. A page's own queries are kept as {@code .rq} files beside the class that
 * uses them; {@code ?this} and other variables can be given values before the query runs.
 */
public final class PageQuery {
    private final String name;
    private final Supplier<String> sparql;
    private volatile Query query;

    private PageQuery(String name, Supplier<String> sparql) {
        this.name = name;
        this.sparql = sparql;
    }

    /** The parsed query: parsed when a page first runs it, so that building the pages at start parses nothing. */
    private Query query() {
        Query q = query;
        if (q == null) {
            q = QueryRunner.parse(sparql.get(), name);
            if (!q.isSelectType()) {
                throw new IllegalArgumentException(name + " is not a SELECT query");
            }
            query = q;
        }
        return q;
    }

    /** A query from its text. */
    public static PageQuery of(String name, String sparql) {
        return new PageQuery(name, () -> sparql);
    }

    /** The named query {@code name} of {@code queries}, looked up when the page first runs it. */
    public static PageQuery named(NamedQueries queries, String name) {
        return new PageQuery(name, () -> queries.get(name)
                .orElseThrow(() -> new IllegalStateException("the named query " + name + " is missing")).sparql());
    }

    /** The query kept as {@code queries/NAME.rq} beside {@code owner}. */
    public static PageQuery resource(Class<?> owner, String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " beside " + owner.getName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PageQuery(name, () -> text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The rows, each a map from variable to value (unbound variables are absent), in result order. */
    public List<Row> run(DatasetGraph dataset, long timeoutMillis) {
        return run(dataset, timeoutMillis, Map.of());
    }

    /** The rows with the given variables set to the given values before the query runs. */
    public List<Row> run(DatasetGraph dataset, long timeoutMillis, Map<String, Node> values) {
        return Txn.calculateRead(dataset, () -> {
            QuerySolutionMap given = new QuerySolutionMap();
            var model = ModelFactory.createDefaultModel();
            values.forEach((k, v) -> given.add(k, model.asRDFNode(v)));
            try (QueryExecution qe = QueryExecution.create().query(query()).dataset(DatasetFactory.wrap(dataset))
                    .substitution(given).timeout(timeoutMillis).build()) {
                ResultSet rs = qe.execSelect();
                List<Row> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, Node> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).asNode()));
                    rows.add(new Row(row));
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
    public record Row(Map<String, Node> values) {
        /** The value of a variable, if bound. */
        public Optional<Node> node(String var) {
            return Optional.ofNullable(values.get(var));
        }

        /** The lexical form of a bound literal, or the IRI of a bound resource. */
        public Optional<String> text(String var) {
            Node n = values.get(var);
            if (n == null) {
                return Optional.empty();
            }
            return Optional.of(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
        }

        /** A bound integer value; empty when unbound, which means unknown, not zero. */
        public Optional<Long> number(String var) {
            return text(var).map(t -> Long.parseLong(t.strip()));
        }

        /** A bound boolean value. */
        public Optional<Boolean> bool(String var) {
            return text(var).map(t -> t.strip().equals("true") || t.strip().equals("1"));
        }

        /** The text of one variable or the other, by interface language ({@code var_en} or {@code var_es}). */
        public String text(String var, UiLanguage lang) {
            return text(var + "_" + lang.code()).or(() -> text(var + "_" + lang.other().code()))
                    .orElse("");
        }
    }
}
