package org.gcmkg.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;

/** Runs SPARQL queries over a dataset without a server and writes their results. */
public final class QueryRunner {
    private final DatasetGraph dataset;

    /** A runner over the given dataset. */
    public QueryRunner(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Parses a query, naming the source in the error if it is not valid SPARQL. */
    public static Query parse(String sparql, String sourceName) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query and writes its result: SELECT and ASK in {@code format}, CONSTRUCT and DESCRIBE as Turtle. */
    public String run(Query query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                if (query.isSelectType()) {
                    writeSelect(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    writeAsk(qe.execAsk(), format, out);
                } else {
                    Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(out, model, Lang.TURTLE);
                }
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeSelect(ResultSet rs, ResultFormat format, ByteArrayOutputStream out) {
        if (format == ResultFormat.TABLE) {
            ResultSetFormatter.out(out, rs);
        } else {
            ResultSetFormatter.output(out, rs, resultsLang(format));
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, ByteArrayOutputStream out) {
        if (format == ResultFormat.TABLE) {
            ResultSetFormatter.out(out, answer);
        } else {
            ResultSetFormatter.output(out, answer, resultsLang(format));
        }
    }

    private static Lang resultsLang(ResultFormat format) {
        switch (format) {
            case CSV:
                return ResultSetLang.RS_CSV;
            case TSV:
                return ResultSetLang.RS_TSV;
            default:
                return ResultSetLang.RS_JSON;
        }
    }
}
