package org.gcmkg.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The RDF syntaxes {@code --input-format} names, with their aliases. */
enum InputSyntax {
    TURTLE("turtle", Lang.TURTLE, "ttl"),
    NTRIPLES("ntriples", Lang.NTRIPLES, "nt", "n-triples"),
    JSONLD("jsonld", Lang.JSONLD, "json-ld"),
    RDFXML("rdfxml", Lang.RDFXML, "rdf", "xml", "rdf/xml"),
    TRIG("trig", Lang.TRIG),
    NQUADS("nquads", Lang.NQUADS, "nq", "n-quads");

    private final String optionName;
    private final Lang lang;
    private final List<String> aliases;

    InputSyntax(String optionName, Lang lang, String... aliases) {
        this.optionName = optionName;
        this.lang = lang;
        this.aliases = List.of(aliases);
    }

    /** The Jena language. */
    Lang lang() {
        return lang;
    }

    /** Every option name, separated by "|", as help and errors list them. */
    static String names() {
        return String.join("|", Arrays.stream(values()).map(s -> s.optionName).toList());
    }

    /** The syntax named {@code name} (any case), if any. */
    static Optional<InputSyntax> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.optionName.equals(n) || s.aliases.contains(n)).findFirst();
    }
}
