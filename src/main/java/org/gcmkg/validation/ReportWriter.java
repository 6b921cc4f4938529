package org.gcmkg.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

/** Writes a validation outcome as readable English or Spanish text, a plain JSON summary, Turtle or JSON-LD. */
public final class ReportWriter {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gcm", "https://w3id.org/gcm/ontology#")
            .setNsPrefix("objective", "https://w3id.org/gcm/objective/")
            .setNsPrefix("institution", "https://w3id.org/gcm/institution/")
            .setNsPrefix("report", "https://w3id.org/gcm/report/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("qb", "http://purl.org/linked-data/cube#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private final String lang;

    /** A writer whose text uses {@code lang} ("en" or "es"). */
    public ReportWriter(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        if (!l.equals("en") && !l.equals("es")) {
            throw new IllegalArgumentException("unknown language '" + lang + "'; use en or es");
        }
        this.lang = l;
    }

    /** The outcome in the given format. */
    public String write(ValidationOutcome outcome, ReportFormat format) {
        switch (format) {
            case TURTLE:
                return rdf(outcome, RDFFormat.TURTLE_PRETTY);
            case JSONLD:
                return rdf(outcome, RDFFormat.JSONLD11_PRETTY);
            case JSON:
                return json(outcome);
            default:
                return text(outcome);
        }
    }

    /** The message of an entry in this writer's language, falling back to English, then to any message. */
    public String message(ReportEntry entry) {
        List<Node> messages = new ArrayList<>(entry.messages());
        for (String wanted : List.of(lang, "en", "")) {
            for (Node m : messages) {
                if (m.isLiteral() && m.getLiteralLanguage().equalsIgnoreCase(wanted)) {
                    return m.getLiteralLexicalForm();
                }
            }
        }
        return messages.isEmpty() ? entry.message() : messages.get(0).getLiteralLexicalForm();
    }

    private String text(ValidationOutcome outcome) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        boolean es = lang.equals("es");
        long violations = outcome.count(Severity.Violation);
        long warnings = outcome.count(Severity.Warning);
        if (outcome.accepted()) {
            out.println(es ? "Conforma." : "Conforms.");
        } else {
            out.println(es ? "No conforma." : "Does not conform.");
        }
        out.printf(es ? "%d violaciones, %d advertencias.%n" : "%d violations, %d warnings.%n", violations, warnings);
        for (ReportEntry e : sorted(outcome)) {
            out.println();
            out.printf("%s: %s%n", severityName(e.severity(), es), message(e));
            out.printf(es ? "  nodo foco:  %s%n" : "  focus node: %s%n", FmtUtils.stringForNode(e.focusNode(), PREFIXES));
            if (e.resultPath() != null) {
                out.printf(es ? "  propiedad:  %s%n" : "  property:   %s%n", PathWriter.asString(e.resultPath(), new Prologue(PREFIXES)));
            }
            if (e.value() != null) {
                out.printf(es ? "  valor:      %s%n" : "  value:      %s%n", FmtUtils.stringForNode(e.value(), PREFIXES));
            }
            out.printf(es ? "  forma:      %s%n" : "  shape:      %s%n", FmtUtils.stringForNode(e.source(), PREFIXES));
        }
        out.flush();
        return sw.toString();
    }

    private String json(ValidationOutcome outcome) {
        JsonObject root = new JsonObject();
        root.put("conforms", outcome.accepted());
        root.put("language", lang);
        JsonObject counts = new JsonObject();
        counts.put("violations", outcome.count(Severity.Violation));
        counts.put("warnings", outcome.count(Severity.Warning));
        counts.put("infos", outcome.count(Severity.Info));
        root.put("counts", counts);
        JsonArray results = new JsonArray();
        for (ReportEntry e : sorted(outcome)) {
            JsonObject r = new JsonObject();
            r.put("severity", e.severity().level().getLocalName());
            r.put("focusNode", FmtUtils.stringForNode(e.focusNode()));
            if (e.resultPath() != null) {
                r.put("path", PathWriter.asString(e.resultPath()));
            }
            if (e.value() != null) {
                r.put("value", FmtUtils.stringForNode(e.value()));
            }
            r.put("message", message(e));
            r.put("shape", FmtUtils.stringForNode(e.source()));
            results.add(r);
        }
        root.put("results", results);
        return JSON.toString(root) + "\n";
    }

    private static List<ReportEntry> sorted(ValidationOutcome outcome) {
        List<ReportEntry> entries = new ArrayList<>(outcome.entries());
        entries.sort(Comparator.comparing((ReportEntry e) -> severityRank(e.severity()))
                .thenComparing(e -> FmtUtils.stringForNode(e.focusNode(), PREFIXES)));
        return entries;
    }

    private static String rdf(ValidationOutcome outcome, RDFFormat format) {
        StringWriter sw = new StringWriter();
        RDFDataMgr.write(sw, outcome.report().getModel(), format);
        return sw.toString();
    }

    private static int severityRank(Severity s) {
        if (Severity.Violation.equals(s)) {
            return 0;
        }
        return Severity.Warning.equals(s) ? 1 : 2;
    }

    private static String severityName(Severity s, boolean es) {
        if (Severity.Violation.equals(s)) {
            return es ? "Violación" : "Violation";
        }
        if (Severity.Warning.equals(s)) {
            return es ? "Advertencia" : "Warning";
        }
        return es ? "Información" : "Info";
    }
}
