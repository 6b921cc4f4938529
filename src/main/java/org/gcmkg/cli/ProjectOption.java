package org.gcmkg.cli;

import java.nio.file.Path;

import org.gcmkg.store.ProjectFiles;

import picocli.CommandLine.Option;

/** The {@code --data} option shared by the commands: the embedded content or a working copy. */
final class ProjectOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "A working copy holding ontology/, shapes/, data/ and queries/ (default: the content embedded in the jar).")
    Path dataDir;

    ProjectFiles files() {
        return dataDir == null ? ProjectFiles.embedded() : ProjectFiles.directory(dataDir);
    }
}
