package org.gcmkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.query.NamedQuery;
import org.gcmkg.query.QueryRunner;
import org.gcmkg.query.ResultFormat;
import org.gcmkg.store.GcmStore;

/**
 * {@code queries STORE [QUERIES_DIR] [NAME...]}: runs every named query (or the named ones) in this JVM over a TDB2
 * store, for the 2020 edition and for generated edition 1, and prints the median of 3 runs after a warm-up; a quick
 * way to see which query does not scale, without servers.
 */
public final class QueryTimes {
    private QueryTimes() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        Path dir = Path.of(args.length > 1 ? args[1] : "queries");
        List<String> only = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        try (GcmStore s = GcmStore.open(store)) {
            QueryRunner runner = new QueryRunner(s.dataset());
            for (NamedQuery q : NamedQueries.read(dir).all()) {
                if (!only.isEmpty() && !only.contains(q.name())) {
                    continue;
                }
                List<String> editions = q.perEdition()
                        ? List.of("https://w3id.org/gcm/report/informe-ejecutivo-2020", EditionGenerator.reportIri(1))
                        : List.of("");
                for (String edition : editions) {
                    NamedQuery e = edition.isEmpty() ? q : q.forEdition(edition);
                    Query query = QueryRunner.parse(e.sparql(), q.name());
                    List<Double> times = new ArrayList<>();
                    int rows = 0;
                    for (int run = 0; run <= 3; run++) {
                        long t0 = System.nanoTime();
                        String out = runner.run(query, ResultFormat.CSV);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        rows = (int) out.lines().count() - 1;
                        if (run > 0) {
                            times.add(ms);
                        }
                        if (ms > 20_000) {
                            break;
                        }
                    }
                    System.out.printf(Locale.ROOT, "%-38s %-9s %9s  %d rows%n", q.name(),
                            edition.isEmpty() ? "-" : edition.endsWith("2020") ? "2020" : "gen-0001",
                            Stats.ms(times.isEmpty() ? Double.POSITIVE_INFINITY : Stats.median(times)), rows);
                }
            }
        }
    }
}
