package org.gcmkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultSetMem;
import org.apache.jena.system.Txn;
import org.gcmkg.query.EditionChoice;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.query.QueryRunner;
import org.gcmkg.text.Language;

/**
 * {@code /queries}: the named queries by name. {@code GET /queries} lists them; {@code GET /queries/{name}} runs one,
 * for the report edition in {@code ?edition=IRI} when the query works per edition, with SPARQL results as JSON,
 * XML, CSV or TSV by {@code Accept}.
 */
final class NamedQueriesServlet extends HttpServlet {
    private final transient NamedQueries queries;
    private final transient DatasetGraph dataset;
    private final long timeoutMillis;

    NamedQueriesServlet(NamedQueries queries, DatasetGraph dataset, long timeoutMillis) {
        this.queries = queries;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            JsonArray list = new JsonArray();
            for (NamedQuery q : queries.all()) {
                JsonObject o = new JsonObject();
                o.put("name", q.name());
                o.put("description", q.description());
                o.put("descriptionEs", q.descriptionEs());
                o.put("perEdition", q.perEdition());
                o.put("sparql", q.sparql());
                list.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("queries", list);
            HttpReports.send(resp, 200, "application/json", JSON.toString(body) + "\n");
            return;
        }
        // The results' format follows Accept, so caches must keep one answer per Accept.
        resp.setHeader("Vary", "Accept");
        Optional<NamedQuery> found = queries.get(path.substring(1));
        if (found.isEmpty()) {
            HttpReports.error(resp, 404, "there is no named query '" + path.substring(1) + "'; GET /queries lists them");
            return;
        }
        NamedQuery named = found.get();
        String edition = req.getParameter("edition");
        if (edition != null) {
            try {
                named = EditionChoice.apply(named, edition, dataset);
            } catch (EditionChoice.RefusedEdition e) {
                int status = e.problem() == EditionChoice.Problem.NO_SUCH_EDITION ? 404 : 400;
                HttpReports.error(resp, status,
                        e.message(Language.ofTag(HttpReports.language(req)).orElse(Language.EN)));
                return;
            }
        }
        Query query = QueryRunner.parse(named.sparql(), named.name());
        if (!query.isSelectType()) {
            HttpReports.error(resp, 400, "named query " + named.name() + " is not a SELECT query; use the SPARQL endpoint");
            return;
        }
        Lang lang = resultsLang(req.getHeader("Accept"));
        try {
            // The whole result is computed before anything is sent, so a timeout is an error status, never a cut-off body.
            ResultSetMem results = Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset))
                        .timeout(timeoutMillis).build()) {
                    return new ResultSetMem(qe.execSelect());
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.output(out, results, lang);
            HttpReports.send(resp, 200, lang.getHeaderString(), out.toString(StandardCharsets.UTF_8));
        } catch (QueryCancelledException e) {
            HttpReports.error(resp, 503, "the query ran longer than the limit of " + timeoutMillis + " ms");
        }
    }

    private static Lang resultsLang(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("text/csv")) {
            return ResultSetLang.RS_CSV;
        }
        if (a.contains("text/tab-separated-values")) {
            return ResultSetLang.RS_TSV;
        }
        if (a.contains("application/sparql-results+xml")) {
            return ResultSetLang.RS_XML;
        }
        return ResultSetLang.RS_JSON;
    }
}
