package org.gcmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gcmkg.store.ProjectFiles;

import picocli.CommandLine.Option;

/** The {@code --data} option shared by the commands: the embedded content or a working copy. */
final class ProjectOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "A working copy holding ontology/, shapes/, data/ and queries/ (default: the content embedded in the jar).")
    Path dataDir;

    ProjectFiles files() {
        if (dataDir == null) {
            return ProjectFiles.embedded();
        }
        for (String sub : new String[] {"ontology", "shapes", "data", "queries"}) {
            if (!Files.isDirectory(dataDir.resolve(sub))) {
                throw new CliException("usage.dataDir", "dir", dataDir, "sub", sub);
            }
        }
        return ProjectFiles.directory(dataDir);
    }
}
