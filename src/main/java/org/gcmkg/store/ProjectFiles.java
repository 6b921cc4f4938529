package org.gcmkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's content: ontology, shapes, curated data and named queries, either embedded in the jar
 * or in a working copy given by the user. Both are read through one {@link Path} root.
 */
public final class ProjectFiles {
    private static final String EMBEDDED_ROOT = "gcm";
    private final Path root;
    private final String description;

    private ProjectFiles(Path root, String description) {
        this.root = root;
        this.description = description;
    }

    /** The content embedded in the application (the jar, or the build's classes directory). */
    public static ProjectFiles embedded() {
        URL url = ProjectFiles.class.getClassLoader().getResource(EMBEDDED_ROOT + "/ontology");
        if (url == null) {
            throw new IllegalStateException("embedded project content is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new ProjectFiles(fs.getPath("/" + EMBEDDED_ROOT), "embedded");
            }
            return new ProjectFiles(Path.of(uri).getParent(), "embedded");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open embedded project content: " + e.getMessage(), e);
        }
    }

    /** A working copy: a directory holding ontology/, shapes/, data/ and queries/. */
    public static ProjectFiles directory(Path dir) {
        for (String sub : List.of("ontology", "shapes", "data", "queries")) {
            if (!Files.isDirectory(dir.resolve(sub))) {
                throw new IllegalArgumentException(dir + " is not a gcm-kg working copy: it has no " + sub + "/ directory");
            }
        }
        return new ProjectFiles(dir.toAbsolutePath(), dir.toAbsolutePath().toString());
    }

    /** Where the content comes from, for messages. */
    public String description() {
        return description;
    }

    /** RDF files of the ontology. */
    public List<Path> ontologyFiles() {
        return rdfFiles(root.resolve("ontology"));
    }

    /** RDF files of the shapes. */
    public List<Path> shapeFiles() {
        return rdfFiles(root.resolve("shapes"));
    }

    /** Curated data areas (the subdirectories of data/), by name. */
    public List<String> dataAreas() {
        try (Stream<Path> s = Files.list(root.resolve("data"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString().replace("/", ""))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RDF files of one data area, in a stable order. */
    public List<Path> dataFiles(String area) {
        return rdfFiles(root.resolve("data").resolve(area));
    }

    /**
     * A SHA-256 over what the store's curated graphs and their validation depend on: every ontology, shapes and data
     * file, by path relative to the content's root and bytes, in a stable order. Reading a few hundred kilobytes, it
     * costs a few milliseconds.
     */
    public String digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        List<Path> files = new ArrayList<>();
        files.addAll(ontologyFiles());
        files.addAll(shapeFiles());
        for (String area : dataAreas()) {
            files.addAll(dataFiles(area));
        }
        files.sort(Comparator.comparing(p -> root.relativize(p).toString()));
        try {
            for (Path file : files) {
                byte[] name = root.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Files.readAllBytes(file);
                sha.update((name.length + ":" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(name);
                sha.update(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project content to digest it", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The directory of named queries. */
    public Path queryDirectory() {
        return root.resolve("queries");
    }

    private static List<Path> rdfFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
