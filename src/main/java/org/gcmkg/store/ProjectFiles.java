package org.gcmkg.store;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's content: ontology, shapes, curated data and named queries, either embedded in the jar
 * or in a working copy given by the user. Both are read through one {@link Path} root.
 */
public final class ProjectFiles {
    /** The file beside the embedded content that records its digest, written by the build ({@link ContentDigest}). */
    public static final String DIGEST_FILE = "curated.sha256";
    private static final String EMBEDDED_ROOT = "gcm";
    private final Supplier<Path> root;
    private final String description;
    private final String recordedDigest;
    private final boolean embedded;
    private Optional<PreparsedContent> preparsed;

    private ProjectFiles(Supplier<Path> root, String description, String recordedDigest, boolean embedded) {
        this.root = root;
        this.description = description;
        this.recordedDigest = recordedDigest;
        this.embedded = embedded;
    }

    /**
     * The content embedded in the application (the jar, or the build's classes directory). In a jar, the content is
     * opened as a file system when first read, and its digest is the one the build recorded beside it: a start on
     * a store that holds that content reads none of it.
     */
    public static ProjectFiles embedded() {
        URL url = ProjectFiles.class.getClassLoader().getResource(EMBEDDED_ROOT + "/ontology");
        if (url == null) {
            throw new IllegalStateException("embedded project content is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return new ProjectFiles(memoized(() -> jarRoot(uri)), "embedded", recordedDigest(), true);
            }
            Path dir = Path.of(uri).getParent();
            return new ProjectFiles(() -> dir, "embedded", null, true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot open embedded project content: " + e.getMessage(), e);
        }
    }

    private static Path jarRoot(URI uri) {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open embedded project content: " + e.getMessage(), e);
        }
        return fs.getPath("/" + EMBEDDED_ROOT);
    }

    /** The digest the build recorded in the jar, or null when there is none (the content's digest is computed). */
    private static String recordedDigest() {
        try (InputStream in = ProjectFiles.class.getClassLoader()
                .getResourceAsStream(EMBEDDED_ROOT + "/" + DIGEST_FILE)) {
            if (in == null) {
                return null;
            }
            String digest = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return digest.matches("[0-9a-f]{64}") ? digest : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** A working copy: a directory holding ontology/, shapes/, data/ and queries/. */
    public static ProjectFiles directory(Path dir) {
        for (String sub : List.of("ontology", "shapes", "data", "queries")) {
            if (!Files.isDirectory(dir.resolve(sub))) {
                throw new IllegalArgumentException(dir + " is not a gcm-kg working copy: it has no " + sub + "/ directory");
            }
        }
        Path absolute = dir.toAbsolutePath();
        return new ProjectFiles(() -> absolute, absolute.toString(), null, false);
    }

    /**
     * The embedded content as the build parsed it ({@link PreparsedContent}), read on first use without opening the
     * jar as a file system; empty for a working copy (which is always read from its own files), or when the build
     * wrote none or wrote it from other files than those of this content's {@link #digest()}.
     */
    public synchronized Optional<PreparsedContent> preparsed() {
        if (preparsed == null) {
            preparsed = embedded ? readPreparsed() : Optional.empty();
        }
        return preparsed;
    }

    private Optional<PreparsedContent> readPreparsed() {
        InputStream in = ProjectFiles.class.getClassLoader()
                .getResourceAsStream(EMBEDDED_ROOT + "/" + PreparsedContent.FILE);
        return in == null ? Optional.empty() : PreparsedContent.read(in, digest());
    }

    /** Where the content comes from, for messages. */
    public String description() {
        return description;
    }

    /** RDF files of the ontology. */
    public List<Path> ontologyFiles() {
        return rdfFiles(root.get().resolve("ontology"));
    }

    /** RDF files of the shapes. */
    public List<Path> shapeFiles() {
        return rdfFiles(root.get().resolve("shapes"));
    }

    /** Curated data areas (the subdirectories of data/), by name. */
    public List<String> dataAreas() {
        try (Stream<Path> s = Files.list(root.get().resolve("data"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString().replace("/", ""))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RDF files of one data area, in a stable order. */
    public List<Path> dataFiles(String area) {
        return rdfFiles(root.get().resolve("data").resolve(area));
    }

    /**
     * A SHA-256 over what the store's curated graphs and their validation depend on ({@link #digestOfFiles()}): for
     * the content of a jar, the digest the build recorded; otherwise computed from the files.
     */
    public String digest() {
        return recordedDigest != null ? recordedDigest : digestOfFiles();
    }

    /**
     * The SHA-256 of every ontology, shapes and data file, by path relative to the content's root and bytes, in a
     * stable order, computed by reading them.
     */
    public String digestOfFiles() {
        Path root = this.root.get();
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
        return root.get().resolve("queries");
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
