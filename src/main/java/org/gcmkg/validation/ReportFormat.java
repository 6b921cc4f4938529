package org.gcmkg.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ways a validation report can be written, with their names on the command line and their media types. */
public enum ReportFormat {
    /** Readable text in English or Spanish, one block per result. */
    TEXT("text", "text/plain", "txt"),
    /** A plain JSON summary: verdict, metadata, counts by severity, and each result with its message in one language. */
    JSON("json", "application/json", "json"),
    /** The SHACL validation report with its metadata, as Turtle. */
    TURTLE("turtle", "text/turtle", "ttl", "ttl"),
    /** The SHACL validation report with its metadata, as JSON-LD. */
    JSONLD("jsonld", "application/ld+json", "jsonld", "json-ld"),
    /** The SHACL validation report with its metadata, as N-Triples. */
    NTRIPLES("ntriples", "application/n-triples", "nt", "nt", "n-triples"),
    /** The SHACL validation report with its metadata, as RDF/XML. */
    RDFXML("rdfxml", "application/rdf+xml", "rdf", "rdf/xml", "xml"),
    /** One row per result (RFC 4180): file, focus node, path, value, severity, constraint, shape, message. */
    CSV("csv", "text/csv", "csv");

    private final String optionName;
    private final String mediaType;
    private final String extension;
    private final List<String> aliases;

    ReportFormat(String optionName, String mediaType, String extension, String... aliases) {
        this.optionName = optionName;
        this.mediaType = mediaType;
        this.extension = extension;
        this.aliases = List.of(aliases);
    }

    /** The name on the command line ({@code --format}). */
    public String optionName() {
        return optionName;
    }

    /** The media type, as in {@code Content-Type} (without charset; every format is UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format is an RDF serialisation of the SHACL validation report. */
    public boolean isRdf() {
        return this == TURTLE || this == JSONLD || this == NTRIPLES || this == RDFXML;
    }

    /** The names of every format, in order, as the command line lists them: "text, json, turtle, ...". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ReportFormat::optionName).toList());
    }

    /** The format named {@code name} (its option name or an alias such as ttl or json-ld, any case), if any. */
    public static Optional<ReportFormat> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.optionName.equals(n) || f.aliases.contains(n)).findFirst();
    }

    /** The format whose media type is {@code mediaType} (parameters ignored), if any. */
    public static Optional<ReportFormat> byMediaType(String mediaType) {
        String t = mediaType == null ? "" : mediaType.split(";", -1)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(t)).findFirst();
    }

    /**
     * Parses a format name as given on the command line.
     *
     * @throws IllegalArgumentException naming the formats, for an unknown name
     */
    public static ReportFormat parse(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown report format '" + name + "'; use " + names()));
    }
}
