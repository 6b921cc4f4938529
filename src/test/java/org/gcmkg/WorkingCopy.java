package org.gcmkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's content (ontology, shapes, data, queries) that a test may change and pass as --data. */
public final class WorkingCopy {
    private WorkingCopy() {
    }

    /** Copies the content into {@code tmp}/copy and returns that directory. */
    public static Path in(Path tmp) throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path copy = tmp.resolve("copy");
        for (String dir : new String[] {"ontology", "shapes", "data", "queries"}) {
            Path from = base.resolve(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path to = copy.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return copy;
    }
}
