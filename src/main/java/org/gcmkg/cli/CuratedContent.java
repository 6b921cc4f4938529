package org.gcmkg.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;

import org.gcmkg.store.CuratedSync;
import org.gcmkg.store.GcmStore;
import org.gcmkg.store.Project;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.validation.ReportFormat;
import org.gcmkg.validation.ReportWriter;

/** Brings an opened store's curated graphs up to the project's content, for every command that opens a store. */
final class CuratedContent {
    private CuratedContent() {
    }

    /**
     * Syncs the store ({@link CuratedSync}); when the content does not conform, prints the report and returns the
     * exit code {@link ExitCodes#NOT_CONFORMING}, else returns empty.
     */
    static OptionalInt sync(GcmStore store, Project project, PrintWriter err) {
        return sync(store, project, err, "the command does not run");
    }

    /** The same for a command that speaks {@code language} ({@code ingest --lang}): the line and report in it. */
    static OptionalInt sync(GcmStore store, Project project, PrintWriter err, Language language) {
        CuratedSync.StartupOutcome outcome = CuratedSync.sync(store, project);
        if (outcome.action() != CuratedSync.Action.REFUSED) {
            return OptionalInt.empty();
        }
        err.println(Messages.of("cli", language).format("curated.refused"));
        err.print(new ReportWriter(language).write(outcome.validation(), ReportFormat.TEXT));
        err.flush();
        return OptionalInt.of(ExitCodes.NOT_CONFORMING);
    }

    static OptionalInt sync(GcmStore store, Project project, PrintWriter err, String consequence) {
        CuratedSync.StartupOutcome outcome = CuratedSync.sync(store, project);
        if (outcome.action() != CuratedSync.Action.REFUSED) {
            return OptionalInt.empty();
        }
        err.println("The curated data does not conform to the shapes; " + consequence + ".");
        err.print(new ReportWriter("en").write(outcome.validation(), ReportFormat.TEXT));
        err.flush();
        return OptionalInt.of(ExitCodes.NOT_CONFORMING);
    }
}
