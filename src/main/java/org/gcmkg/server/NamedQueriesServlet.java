package org.gcmkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.gcmkg.io.Checksums;
import org.gcmkg.page.ConditionalGet;
import org.gcmkg.query.AnswerCache;
import org.gcmkg.query.EditionChoice;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.query.QueryRunner;
import org.gcmkg.store.DataVersion;
import org.gcmkg.text.Messages;

/**
 * {@code /queries}: the named queries by name. {@code GET /queries} lists them; {@code GET /queries/{name}} runs one,
 * for the report edition in {@code ?edition=IRI} when the query works per edition, with SPARQL results as JSON,
 * XML, CSV or TSV by {@code Accept}. Answers are kept per query, edition and format until the data changes (see
 * {@link DataVersion}); each carries an ETag and Last-Modified, and a conditional request for an unchanged answer
 * gets 304.
 */
final class NamedQueriesServlet extends HttpServlet {
    /** Answers kept at most: every query for a few hundred editions in four formats. */
    private static final int MAX_KEPT_ANSWERS = 20_000;

    private final transient NamedQueries queries;
    private final transient DatasetGraph dataset;
    private final long timeoutMillis;
    private final transient DataVersion.Tracker versions;
    private final transient AnswerCache<Answer> cache = new AnswerCache<>(MAX_KEPT_ANSWERS);

    NamedQueriesServlet(NamedQueries queries, DatasetGraph dataset, long timeoutMillis) {
        this.queries = queries;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.versions = new DataVersion.Tracker(dataset);
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
            resp.setHeader("Vary", "Accept, Accept-Language");
            HttpReports.error(resp, 404, texts(req).format("noSuchQuery", "query", path.substring(1)));
            return;
        }
        String edition = req.getParameter("edition");
        Lang lang = resultsLang(req.getHeader("Accept"));
        AnswerCache.Key key = new AnswerCache.Key(found.get().name(), edition == null ? "" : edition,
                lang.getHeaderString());
        Answer answer;
        try {
            // The version and the answer come from one read transaction, so an answer is never kept under the
            // version of another state of the data.
            answer = Txn.calculateRead(dataset, () -> {
                DataVersion version = versions.current();
                return cache.get(version.number(), key, () -> compute(found.get(), edition, lang, version));
            });
        } catch (EditionChoice.RefusedEdition e) {
            resp.setHeader("Vary", "Accept, Accept-Language");
            int status = e.problem() == EditionChoice.Problem.NO_SUCH_EDITION ? 404 : 400;
            HttpReports.error(resp, status, e.message(HttpReports.language(req)));
            return;
        } catch (NotSelect e) {
            HttpReports.error(resp, 400, texts(req).format("notSelect", "query", found.get().name()));
            return;
        } catch (QueryCancelledException e) {
            resp.setHeader("Vary", "Accept, Accept-Language");
            HttpReports.error(resp, 503, texts(req).format("timeout", "millis", timeoutMillis));
            return;
        }
        resp.setHeader("ETag", answer.etag());
        resp.setDateHeader("Last-Modified", answer.modified().toEpochMilli());
        // Any cache may keep the answer, but must ask again (and get 304 while the data is unchanged).
        resp.setHeader("Cache-Control", "no-cache");
        if (ConditionalGet.notModified(req, answer.etag(), answer.modified())) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(answer.contentType());
        resp.setContentLength(answer.body().length);
        resp.getOutputStream().write(answer.body());
    }

    private static Messages texts(HttpServletRequest req) {
        return Messages.of("queries", HttpReports.language(req));
    }

    /** One answer as sent: its bytes, media type, entity tag and modification time. */
    private record Answer(byte[] body, String contentType, String etag, Instant modified) {
    }

    /** A named query that is not a SELECT query. */
    private static final class NotSelect extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSelect(String query) {
            super(query);
        }
    }

    /** Runs the query in the caller's read transaction; the whole result is computed before anything is sent. */
    private Answer compute(NamedQuery named, String edition, Lang lang, DataVersion version) {
        NamedQuery asked = edition == null ? named : EditionChoice.apply(named, edition, dataset);
        Query query = QueryRunner.parse(asked.sparql(), asked.name());
        if (!query.isSelectType()) {
            throw new NotSelect(asked.name());
        }
        ResultSetMem results;
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset))
                .timeout(timeoutMillis).build()) {
            results = new ResultSetMem(qe.execSelect());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.output(out, results, lang);
        byte[] body = out.toByteArray();
        String contentType = lang.getHeaderString() + "; charset=utf-8";
        // A kept answer's tag names the data's content and the representation; an answer that is not kept is
        // tagged by its bytes.
        String source = version.cacheable() ? version.tag() + "\n" + named.name() + "\n" + (edition == null ? "" : edition)
                + "\n" + lang.getHeaderString() : Checksums.sha256(body);
        String etag = "\"" + Checksums.sha256(source.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        return new Answer(body, contentType, etag, version.modified());
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
