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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The named queries of the project, read from its queries directory. */
public final class NamedQueries {
    private final Supplier<Map<String, NamedQuery>> queries;

    private NamedQueries(Supplier<Map<String, NamedQuery>> queries) {
        this.queries = queries;
    }

    /** Reads every {@code .rq} file of a directory. */
    public static NamedQueries read(Path dir) {
        Map<String, NamedQuery> queries = readAll(dir);
        return new NamedQueries(() -> queries);
    }

    /**
     * The {@code .rq} files of the directory {@code dir} gives, read when a query is first asked for: a server
     * starts without opening the content they come from.
     */
    public static NamedQueries readOnFirstUse(Supplier<Path> dir) {
        return new NamedQueries(new Supplier<>() {
            private Map<String, NamedQuery> read;

            @Override
            public synchronized Map<String, NamedQuery> get() {
                if (read == null) {
                    read = readAll(dir.get());
                }
                return read;
            }
        });
    }

    private static Map<String, NamedQuery> readAll(Path dir) {
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
        return queries;
    }

    /** All named queries, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.get().values());
    }

    /** The query of a name, if there is one. */
    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get().get(name));
    }
}
