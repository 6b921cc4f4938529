package org.gcmkg.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.gcmkg.ingest.IngestResult;
import org.gcmkg.ingest.IngestService;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.ingest.SubmissionRecord;
import org.gcmkg.ingest.Submissions;
import org.gcmkg.publish.Namespaces;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.store.ProjectFiles;
import org.gcmkg.vocab.Gcm;

/**
 * Writes generated editions as Turtle files or straight into a TDB2 store:
 * {@code generate N (--out DIR [--triples T] | --store DIR [--gate]) [--from K]}; {@code --triples} makes each
 * file an edition of about T triples (more actions per objective). In a store, editions already there are kept,
 * each new one becomes a submission {@code ejemplo-ficticio-NNNN} with its record, exactly as {@code ingest}
 * stores it, through TDB2's bulk loader (the editions pass the gate by construction); {@code --gate} sends each
 * through the submission gate instead.
 */
public final class Generate {
    private Generate() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            usage();
        }
        int count = Integer.parseInt(args[0]);
        Path out = null;
        Path store = null;
        int from = 1;
        boolean gate = false;
        int actionsPerObjective = 22;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--store" -> store = Path.of(args[++i]);
                case "--from" -> from = Integer.parseInt(args[++i]);
                case "--gate" -> gate = true;
                case "--triples" -> actionsPerObjective = EditionGenerator.actionsPerObjectiveFor(Long.parseLong(args[++i]));
                default -> usage();
            }
        }
        if ((out == null) == (store == null)) {
            usage();
        }
        long start = System.nanoTime();
        if (store != null && actionsPerObjective != 22) {
            usage();
        }
        long triples = out != null ? toFiles(count, from, out, actionsPerObjective) : toStore(count, from, store, gate);
        System.out.printf("%d editions (%d to %d), %d triples, in %.1f s%n", count, from, from + count - 1, triples,
                (System.nanoTime() - start) / 1e9);
    }

    private static void usage() {
        System.err.println("usage: generate N (--out DIR [--triples T] | --store DIR [--gate]) [--from K]");
        System.exit(2);
    }

    /** The Turtle bytes of edition {@code n}. */
    static byte[] turtle(Graph edition) {
        edition.getPrefixMapping().setNsPrefixes(Namespaces.PREFIXES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, edition, Lang.TURTLE);
        return bytes.toByteArray();
    }

    private static long toFiles(int count, int from, Path dir, int actionsPerObjective) throws Exception {
        Files.createDirectories(dir);
        long triples = 0;
        for (int n = from; n < from + count; n++) {
            Graph edition = EditionGenerator.edition(n, actionsPerObjective);
            triples += edition.size();
            Files.write(dir.resolve(EditionGenerator.id(n) + ".ttl"), turtle(edition));
        }
        return triples;
    }

    static long toStore(int count, int from, Path dir, boolean gate) {
        long triples = 0;
        Project project = Project.load(ProjectFiles.embedded());
        try (GcmStore store = GcmStore.open(dir)) {
            BenchStores.ensureCurated(store, project);
            Submissions submissions = new Submissions(store.dataset());
            Set<String> existing = submissions.list().stream().map(SubmissionRecord::id).collect(Collectors.toSet());
            DataLoader loader = null;
            IngestService service = gate ? new IngestService(project, store.dataset(), Clock.systemUTC()) : null;
            for (int n = from; n < from + count; n++) {
                String id = EditionGenerator.id(n);
                if (existing.contains(id)) {
                    continue;
                }
                Graph edition = EditionGenerator.edition(n);
                byte[] bytes = turtle(edition);
                SubmissionInput input = new SubmissionInput(bytes, Lang.TURTLE, id + ".ttl");
                if (gate) {
                    IngestResult result = service.submit(input, id, "upmrip", false);
                    if (result.status() != IngestResult.Status.ACCEPTED) {
                        throw new IllegalStateException("edition " + n + " was refused: " + result.status());
                    }
                } else {
                    SubmissionRecord record = new SubmissionRecord(id,
                            Optional.of("https://w3id.org/gcm/institution/upmrip"),
                            Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), edition.size(), input.sha256(),
                            Optional.of(EditionGenerator.reportIri(n)));
                    if (loader == null) {
                        loader = LoaderFactory.phasedLoader(store.dataset(), (fmt, fmtArgs) -> { });
                        loader.startBulk();
                    }
                    StreamRDF stream = loader.stream();
                    Node graph = Gcm.submissionGraph(id);
                    edition.find().forEachRemaining(t -> stream.quad(Quad.create(graph, t)));
                    record.toTriples().forEach(t -> stream.quad(Quad.create(Gcm.SUBMISSION_RECORDS_GRAPH, t)));
                }
                triples += edition.size();
            }
            if (loader != null) {
                loader.finishBulk();
            }
        }
        return triples;
    }
}
