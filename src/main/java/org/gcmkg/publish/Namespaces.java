package org.gcmkg.publish;

import java.io.StringWriter;
import java.util.Map;

import org.apache.jena.assembler.JA;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.gcmkg.vocab.Gcm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

/**
 * The prefixes every published document uses, and the JSON-LD context built from them. The JSON-LD responses
 * are compacted against exactly this context, so that a client may fetch it once from
 * {@code /context.jsonld} and reuse it.
 */
public final class Namespaces {
    /** The prefixes, read-only. */
    public static final PrefixMapping PREFIXES = build();

    private Namespaces() {
    }

    private static PrefixMapping build() {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefix("gcm", Gcm.NS);
        p.setNsPrefix("rdf", RDF.getURI());
        p.setNsPrefix("rdfs", RDFS.getURI());
        p.setNsPrefix("owl", OWL.getURI());
        p.setNsPrefix("xsd", XSD.getURI());
        p.setNsPrefix("skos", SKOS.getURI());
        p.setNsPrefix("dcterms", DCTerms.getURI());
        p.setNsPrefix("dcat", DCAT.getURI());
        p.setNsPrefix("foaf", FOAF.getURI());
        p.setNsPrefix("org", "http://www.w3.org/ns/org#");
        p.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        p.setNsPrefix("qb", "http://purl.org/linked-data/cube#");
        p.setNsPrefix("vann", "http://purl.org/vocab/vann/");
        p.setNsPrefix("void", Vocab.VOID);
        p.setNsPrefix("sd", Vocab.SD);
        p.setNsPrefix("spdx", Vocab.SPDX);
        p.setNsPrefix("sh", Vocab.SH);
        p.setNsPrefix("schema", Vocab.SCHEMA);
        p.setNsPrefix("formats", Vocab.FORMATS);
        p.setNsPrefix("ja", JA.getURI());
        return p.lock();
    }

    /** The JSON-LD context document: {@code {"@context": {prefix: namespace, ...}}}. */
    public static String jsonLdContext() {
        JsonObjectBuilder context = Json.createObjectBuilder();
        for (Map.Entry<String, String> e : PREFIXES.getNsPrefixMap().entrySet()) {
            context.add(e.getKey(), e.getValue());
        }
        JsonObject document = Json.createObjectBuilder().add("@context", context).build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of("jakarta.json.stream.JsonGenerator.prettyPrinting",
                true)).createWriter(out)) {
            writer.write(document);
        }
        return out.toString().strip() + "\n";
    }
}
