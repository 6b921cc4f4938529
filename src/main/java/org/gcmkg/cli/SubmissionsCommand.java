package org.gcmkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.gcmkg.ingest.SubmissionRecord;
import org.gcmkg.ingest.Submissions;
import org.gcmkg.store.GcmStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code submissions list|show|remove}: looks after the stored submissions. */
@Command(name = "submissions", mixinStandardHelpOptions = true,
        description = "List, show or remove stored submissions.")
final class SubmissionsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, show or remove.")
    private String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "The submission (for show and remove).")
    private String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!action.equals("list") && id == null) {
            throw new IllegalArgumentException(action + " needs a submission identifier");
        }
        try (GcmStore store = storeOptions.open()) {
            Submissions submissions = new Submissions(store.dataset());
            switch (action) {
                case "list":
                    List<SubmissionRecord> records = submissions.list();
                    out.printf("%d submissions%n", records.size());
                    records.forEach(r -> out.println(summary(r)));
                    break;
                case "show":
                    var record = submissions.get(id);
                    if (record.isEmpty()) {
                        err.printf("error: there is no submission '%s'%n", id);
                        err.flush();
                        return ExitCodes.USAGE_OR_IO;
                    }
                    out.println(summary(record.get()));
                    out.println("sha256: " + record.get().sha256());
                    out.println();
                    out.print(RDFWriter.source(submissions.content(id).orElseThrow()).lang(Lang.TURTLE).asString());
                    break;
                case "remove":
                    if (!submissions.remove(id)) {
                        err.printf("error: there is no submission '%s'%n", id);
                        err.flush();
                        return ExitCodes.USAGE_OR_IO;
                    }
                    out.printf("removed submission %s%n", id);
                    break;
                default:
                    throw new IllegalArgumentException("unknown action '" + action + "'; use list, show or remove");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String summary(SubmissionRecord r) {
        return String.format("%s  received %s  %d triples  edition %s  institution %s", r.id(), r.received(),
                r.tripleCount(), r.edition().orElse("-"), r.institution().orElse("-"));
    }
}
