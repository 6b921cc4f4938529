package org.gcmkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The named queries of the project, read from its queries directory. */
public final class NamedQueries {
    private final Map<String, NamedQuery> queries;

    private NamedQueries(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Reads every {@code .rq} file of a directory. */
    public static NamedQueries read(Path dir) {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted()
                    .collect(Collectors.toList())) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".rq".length());
                queries.put(name, NamedQuery.of(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read named queries from " + dir, e);
        }
        return new NamedQueries(queries);
    }

    /** All named queries, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    /** The query of a name, if there is one. */
    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
