package org.gcmkg.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The representations a resource or document is offered in, with the names {@code ?format=} accepts. */
public enum Representation {
    /** A readable page. */
    HTML("text/html", null, "HTML", List.of("html", "application/xhtml+xml")),
    /** Turtle. */
    TURTLE("text/turtle", Lang.TURTLE, "Turtle", List.of("ttl", "turtle")),
    /** JSON-LD 1.1, compacted against the published context. */
    JSON_LD("application/ld+json", Lang.JSONLD, "JSON-LD", List.of("jsonld", "json-ld", "json", "application/json")),
    /** RDF/XML. */
    RDF_XML("application/rdf+xml", Lang.RDFXML, "RDF/XML", List.of("rdf", "rdfxml", "xml")),
    /** N-Triples. */
    N_TRIPLES("application/n-triples", Lang.NTRIPLES, "N-Triples", List.of("nt", "ntriples"));

    private final String mediaType;
    private final Lang lang;
    private final String label;
    private final List<String> aliases;

    Representation(String mediaType, Lang lang, String label, List<String> aliases) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.label = label;
        this.aliases = aliases;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The Content-Type header value. Text and XML types say they are UTF-8; JSON-LD and N-Triples are UTF-8 by
     * definition and their registrations define no charset parameter.
     */
    public String contentType() {
        return mediaType.startsWith("text/") || mediaType.endsWith("+xml") ? mediaType + ";charset=utf-8" : mediaType;
    }

    /** The RDF syntax; empty for HTML. */
    public Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** A name for people. */
    public String label() {
        return label;
    }

    /** The preferred {@code ?format=} value. */
    public String formatName() {
        return aliases.get(0);
    }

    /** Whether a {@code ?format=} value or a media type names this representation. */
    boolean isNamedBy(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals(mediaType) || aliases.contains(n);
    }

    /** Whether a media type is this representation's own or an accepted alias of it. */
    boolean hasMediaType(String type) {
        return type.equals(mediaType) || aliases.contains(type) && type.contains("/");
    }
}
