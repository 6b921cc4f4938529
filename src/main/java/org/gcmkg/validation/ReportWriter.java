package org.gcmkg.validation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * Writes a {@link Report} in any {@link ReportFormat}, with messages in English or Spanish.
 *
 * <ul>
 * <li>Text: the verdict, the counts by severity (ICU plural forms), the file, shapes and time, then one block per
 * result; with several files, a verdict line per file.</li>
 * <li>JSON: {@code conforms} (at the report's fail-on level), {@code failOn}, {@code language},
 * {@code validatedAt}, {@code shapes}, {@code counts}, {@code files} (name, size, sha256, conforms, counts) and
 * {@code results} (file, severity, focusNode, path, value, constraint, shape, message).</li>
 * <li>Turtle, JSON-LD, N-Triples, RDF/XML: one {@code sh:ValidationReport} per file, as SHACL defines it
 * ({@code sh:conforms} is false for any result; messages in both languages), each generated
 * ({@code prov:wasGeneratedBy}) by a {@code prov:Activity} that used the file and the shapes and ended at the
 * time; the file has {@code spdx:fileName}, {@code dcat:byteSize} and an {@code spdx:checksum}; the shapes have
 * their IRI, {@code owl:versionInfo}, {@code dct:modified} and an {@code spdx:checksum}.</li>
 * <li>CSV (RFC 4180, CRLF): a header {@code file,focus_node,path,value,severity,constraint,shape,message} and one
 * row per result, nodes written as in the JSON.</li>
 * </ul>
 */
public final class ReportWriter {
    /** The PROV-O namespace. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** The SPDX 2.3 RDF namespace (files and checksums). */
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    /** The DCAT namespace. */
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** The CSV header, in order. */
    public static final List<String> CSV_COLUMNS = List.of("file", "focus_node", "path", "value", "severity",
            "constraint", "shape", "message");

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gcm", "https://w3id.org/gcm/ontology#")
            .setNsPrefix("gcm-sh", "https://w3id.org/gcm/shapes#")
            .setNsPrefix("objective", "https://w3id.org/gcm/objective/")
            .setNsPrefix("institution", "https://w3id.org/gcm/institution/")
            .setNsPrefix("report", "https://w3id.org/gcm/report/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("qb", "http://purl.org/linked-data/cube#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("sh", SHACL.getURI())
            .lock();
    private static final PrefixMapping RDF_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PREFIXES)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("spdx", SPDX)
            .setNsPrefix("dcat", DCAT)
            .setNsPrefix("owl", OWL.getURI())
            .lock();

    private final Language language;
    private final Messages text;

    /** A writer whose messages are in {@code language}. */
    public ReportWriter(Language language) {
        this.language = language;
        this.text = Messages.of("report", language);
    }

    /**
     * A writer whose messages use {@code lang} ("en" or "es", or a tag such as es-MX).
     *
     * @throws IllegalArgumentException for another language
     */
    public ReportWriter(String lang) {
        this(Language.ofTag(lang).orElseThrow(() -> new IllegalArgumentException("unknown language '" + lang + "'; use en or es")));
    }

    /** The language of the messages. */
    public Language language() {
        return language;
    }

    /** An outcome alone (no file, shapes or time) in the given format, failing on a Violation. */
    public String write(ValidationOutcome outcome, ReportFormat format) {
        return write(Report.of(outcome), format);
    }

    /** The report in the given format. */
    public String write(Report report, ReportFormat format) {
        switch (format) {
            case TURTLE:
                return rdf(report, RDFFormat.TURTLE_PRETTY);
            case JSONLD:
                return rdf(report, RDFFormat.JSONLD11_PRETTY);
            case NTRIPLES:
                return rdf(report, RDFFormat.NTRIPLES);
            case RDFXML:
                return rdf(report, RDFFormat.RDFXML_PRETTY);
            case JSON:
                return json(report);
            case CSV:
                return csv(report);
            default:
                return text(report);
        }
    }

    /** One line per file: its verdict at the report's level and its counts, as the command line prints them. */
    public List<String> verdictLines(Report report) {
        List<String> lines = new ArrayList<>();
        for (FileReport f : report.files()) {
            lines.add(fileVerdict(f, report.failOn()));
        }
        return lines;
    }

    /** The message of an entry in this writer's language, falling back to English, then to any message. */
    public String message(ReportEntry entry) {
        List<Node> messages = new ArrayList<>(entry.messages());
        for (String wanted : List.of(language.code(), "en", "")) {
            for (Node m : messages) {
                if (m.isLiteral() && m.getLiteralLanguage().equalsIgnoreCase(wanted)) {
                    return m.getLiteralLexicalForm();
                }
            }
        }
        return messages.isEmpty() ? entry.message() : messages.get(0).getLiteralLexicalForm();
    }

    /** The name of a severity in this writer's language: Violation, Warning, Note. */
    public String severityName(Severity severity) {
        return text.format("severity." + severityKey(severity));
    }

    private String text(Report report) {
        StringBuilder out = new StringBuilder();
        boolean several = report.files().size() > 1;
        line(out, text.format(report.conforms() ? "verdict.conforms" : "verdict.notConforming"));
        line(out, counts("counts", report.count(Severity.Violation), report.count(Severity.Warning),
                report.count(Severity.Info), Map.of()));
        if (several) {
            long conforming = report.conformingFiles();
            line(out, text.format("files.summary", "files", report.files().size(), "conforming", conforming,
                    "failing", report.files().size() - conforming));
        } else if (report.files().get(0).file() != null) {
            line(out, fileLabel(report.files().get(0).file()));
        }
        if (report.shapes() != null) {
            line(out, shapesLabel(report.shapes()));
        }
        if (report.time() != null) {
            line(out, text.format("label.time", "time", DateTimeFormatter.ISO_INSTANT.format(report.time())));
        }
        if (report.failOn() != FailOn.VIOLATION) {
            line(out, text.format("label.failOn", "level", report.failOn().optionName()));
        }
        for (FileReport f : report.files()) {
            if (several) {
                out.append('\n');
                line(out, fileVerdict(f, report.failOn()));
                if (f.file() != null) {
                    line(out, fileLabel(f.file()));
                }
            }
            for (ReportEntry e : sorted(f.outcome())) {
                out.append('\n');
                line(out, text.format("result.head", "severity", severityName(e.severity()), "message", message(e)));
                detail(out, text.format("result.focusNode", "node", FmtUtils.stringForNode(e.focusNode(), PREFIXES)));
                if (e.resultPath() != null) {
                    detail(out, text.format("result.path", "path", PathWriter.asString(e.resultPath(), new Prologue(PREFIXES))));
                }
                if (e.value() != null) {
                    detail(out, text.format("result.value", "value", FmtUtils.stringForNode(e.value(), PREFIXES)));
                }
                if (e.sourceConstraintComponent() != null) {
                    detail(out, text.format("result.constraint", "constraint",
                            FmtUtils.stringForNode(e.sourceConstraintComponent(), PREFIXES)));
                }
                if (e.source() != null) {
                    detail(out, text.format("result.shape", "shape", FmtUtils.stringForNode(e.source(), PREFIXES)));
                }
            }
        }
        return out.toString();
    }

    private String fileVerdict(FileReport f, FailOn failOn) {
        Map<String, Object> args = new HashMap<>();
        args.put("file", f.file() == null ? "-" : f.file().name());
        args.put("conforms", Boolean.toString(f.passes(failOn)));
        return counts("file.verdict", f.count(Severity.Violation), f.count(Severity.Warning), f.count(Severity.Info), args);
    }

    private String counts(String key, long violations, long warnings, long infos, Map<String, Object> more) {
        Map<String, Object> args = new HashMap<>(more);
        args.put("violations", violations);
        args.put("warnings", warnings);
        args.put("infos", infos);
        return text.format(key, args);
    }

    private String fileLabel(SubmittedFile file) {
        return text.format("label.file", "file", file.name(), "size", file.size(), "sha256", file.sha256());
    }

    private String shapesLabel(ShapesVersion shapes) {
        return text.format("label.shapes",
                "iri", shapes.iri() == null ? text.format("label.shapesUnnamed") : "<" + shapes.iri() + ">",
                "version", shapes.versionInfo() == null ? "none" : shapes.versionInfo(),
                "modified", shapes.modified() == null ? "none" : shapes.modified(),
                "sha256", shapes.sha256());
    }

    /** A detail line of a result, indented under its head. */
    private static void detail(StringBuilder out, String s) {
        out.append("  ").append(s).append('\n');
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }

    private String json(Report report) {
        JsonObject root = new JsonObject();
        root.put("conforms", report.conforms());
        root.put("failOn", report.failOn().optionName());
        root.put("language", language.code());
        if (report.time() != null) {
            root.put("validatedAt", DateTimeFormatter.ISO_INSTANT.format(report.time()));
        }
        if (report.shapes() != null) {
            JsonObject shapes = new JsonObject();
            if (report.shapes().iri() != null) {
                shapes.put("iri", report.shapes().iri());
            }
            if (report.shapes().versionInfo() != null) {
                shapes.put("versionInfo", report.shapes().versionInfo());
            }
            if (report.shapes().modified() != null) {
                shapes.put("modified", report.shapes().modified());
            }
            shapes.put("sha256", report.shapes().sha256());
            root.put("shapes", shapes);
        }
        root.put("counts", jsonCounts(report.count(Severity.Violation), report.count(Severity.Warning),
                report.count(Severity.Info)));
        JsonArray files = new JsonArray();
        JsonArray results = new JsonArray();
        for (FileReport f : report.files()) {
            JsonObject file = new JsonObject();
            if (f.file() != null) {
                file.put("name", f.file().name());
                file.put("size", f.file().size());
                file.put("sha256", f.file().sha256());
            }
            file.put("conforms", f.passes(report.failOn()));
            file.put("counts", jsonCounts(f.count(Severity.Violation), f.count(Severity.Warning), f.count(Severity.Info)));
            files.add(file);
            for (ReportEntry e : sorted(f.outcome())) {
                JsonObject r = new JsonObject();
                if (f.file() != null) {
                    r.put("file", f.file().name());
                }
                r.put("severity", e.severity().level().getLocalName());
                r.put("focusNode", node(e.focusNode()));
                if (e.resultPath() != null) {
                    r.put("path", PathWriter.asString(e.resultPath()));
                }
                if (e.value() != null) {
                    r.put("value", node(e.value()));
                }
                if (e.sourceConstraintComponent() != null) {
                    r.put("constraint", node(e.sourceConstraintComponent()));
                }
                if (e.source() != null) {
                    r.put("shape", node(e.source()));
                }
                r.put("message", message(e));
                results.add(r);
            }
        }
        root.put("files", files);
        root.put("results", results);
        return JSON.toString(root) + "\n";
    }

    private static JsonObject jsonCounts(long violations, long warnings, long infos) {
        JsonObject counts = new JsonObject();
        counts.put("violations", violations);
        counts.put("warnings", warnings);
        counts.put("infos", infos);
        return counts;
    }

    private String csv(Report report) {
        StringWriter sw = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(sw, CSVFormat.RFC4180)) {
            printer.printRecord(CSV_COLUMNS);
            for (FileReport f : report.files()) {
                for (ReportEntry e : sorted(f.outcome())) {
                    printer.printRecord(f.file() == null ? "" : f.file().name(), node(e.focusNode()),
                            e.resultPath() == null ? "" : PathWriter.asString(e.resultPath()),
                            node(e.value()), e.severity().level().getLocalName(), node(e.sourceConstraintComponent()),
                            node(e.source()), message(e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static String node(Node n) {
        return n == null ? "" : FmtUtils.stringForNode(n);
    }

    private static String rdf(Report report, RDFFormat format) {
        StringWriter sw = new StringWriter();
        RDFDataMgr.write(sw, model(report), format);
        return sw.toString();
    }

    /** The report as RDF: the SHACL validation report of each file with the metadata of the file, shapes and time. */
    public static Model model(Report report) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(RDF_PREFIXES);
        Resource shapes = report.shapes() == null ? null : shapesResource(m, report.shapes());
        for (FileReport f : report.files()) {
            Model one = f.outcome().report().getModel();
            m.add(one);
            for (Resource r : one.listSubjectsWithProperty(RDF.type, one.createResource(SHACL.ValidationReport.getURI())).toList()) {
                describe(m, r.inModel(m), f.file(), shapes, report);
            }
        }
        return m;
    }

    private static void describe(Model m, Resource report, SubmittedFile file, Resource shapes, Report whole) {
        if (file == null && shapes == null && whole.time() == null) {
            return;
        }
        Resource activity = m.createResource().addProperty(RDF.type, m.createResource(PROV + "Activity"));
        report.addProperty(m.createProperty(PROV, "wasGeneratedBy"), activity);
        if (whole.time() != null) {
            Literal t = m.createTypedLiteral(DateTimeFormatter.ISO_INSTANT.format(whole.time()), XSDDatatype.XSDdateTime);
            report.addLiteral(m.createProperty(PROV, "generatedAtTime"), t);
            activity.addLiteral(m.createProperty(PROV, "endedAtTime"), t);
        }
        Property used = m.createProperty(PROV, "used");
        if (file != null) {
            Resource f = m.createResource()
                    .addProperty(RDF.type, m.createResource(PROV + "Entity"))
                    .addProperty(RDF.type, m.createResource(SPDX + "File"))
                    .addProperty(m.createProperty(SPDX, "fileName"), file.name())
                    .addLiteral(m.createProperty(DCAT, "byteSize"),
                            m.createTypedLiteral(Long.toString(file.size()), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(m.createProperty(SPDX, "checksum"), checksum(m, file.sha256()));
            activity.addProperty(used, f);
        }
        if (shapes != null) {
            activity.addProperty(used, shapes);
        }
    }

    private static Resource shapesResource(Model m, ShapesVersion version) {
        Resource s = version.iri() == null ? m.createResource() : m.createResource(version.iri());
        s.addProperty(RDF.type, m.createResource(PROV + "Entity"));
        if (version.versionInfo() != null) {
            s.addProperty(OWL.versionInfo, version.versionInfo());
        }
        if (version.modified() != null) {
            s.addLiteral(DCTerms.modified, version.modified().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? m.createTypedLiteral(version.modified(), XSDDatatype.XSDdate)
                    : m.createLiteral(version.modified()));
        }
        return s.addProperty(m.createProperty(SPDX, "checksum"), checksum(m, version.sha256()));
    }

    private static Resource checksum(Model m, String sha256) {
        return m.createResource()
                .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                .addLiteral(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary));
    }

    private static List<ReportEntry> sorted(ValidationOutcome outcome) {
        List<ReportEntry> entries = new ArrayList<>(outcome.entries());
        entries.sort(Comparator.comparing((ReportEntry e) -> FailOn.rank(e.severity()))
                .thenComparing(e -> FmtUtils.stringForNode(e.focusNode(), PREFIXES)));
        return entries;
    }

    private static String severityKey(Severity s) {
        if (Severity.Violation.equals(s)) {
            return "Violation";
        }
        return Severity.Warning.equals(s) ? "Warning" : "Info";
    }
}
