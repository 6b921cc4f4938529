package org.gcmkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Makes clearly fictitious report editions that pass the submission gate, modelled on
 * {@code examples/follow-up-2021/submission.ttl}: a report with its period, a fictitious country and two fictitious
 * institutions of that country (all minted where the gate's IRI rule allows), a section,
 * programmes, participation records, actions under all 23 objectives (with figures, partners, beneficiary groups
 * and dates on some of them) and challenges. Edition {@code n} is always the same graph (seeded by {@code n}),
 * about 10,000 triples.
 */
public final class EditionGenerator {
    /** Base of the IRIs of generated editions: {@code ejemplo-ficticio-NNNN}. */
    public static final String EDITION_BASE = "https://w3id.org/gcm/report/ejemplo-ficticio-";
    private static final String GCM = "https://w3id.org/gcm/";
    private static final String NS = GCM + "ontology#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final int OBJECTIVES = 23;
    private static final int ACTIONS_PER_OBJECTIVE = 22;
    private static final int PROGRAMMES = 60;
    private static final int CHALLENGES = 20;
    /** Institutions of the curated data that generated editions name as responsible or participating. */
    private static final List<String> INSTITUTIONS = List.of("inm", "sre", "se", "ssa", "sndif", "upmrip", "comar",
            "conapo", "imss", "issste", "renapo", "fgr", "inmujeres", "sader", "sat", "sct", "cndh", "ceav",
            "bienestar", "conapred", "inea", "ine", "inpi", "imjuve", "amexcid", "ime", "colef", "conavim", "conadic",
            "censida", "cnbv", "condusef", "conacyt");
    private static final List<String> PARTNERS = List.of("oim", "acnur", "onu-mujeres", "onudd", "fao", "giz",
            "cinu", "fida");
    private static final List<String> GROUPS = List.of("jovenes", "mexicanos-en-el-exterior", "mexicanos-en-retorno",
            "migrantes-en-transito", "mujeres", "ninas-ninos-y-adolescentes", "personas-extranjeras-en-mexico",
            "pueblos-indigenas", "refugiados-y-solicitantes-de-asilo", "trabajadores-migrantes", "victimas-de-trata");
    private static final List<String> CATEGORIES = List.of("aplicacion-local", "coordinacion", "derechos-humanos",
            "documentos-de-identidad", "informacion", "migracion-irregular", "perspectiva-de-genero",
            "politicas-publicas", "proteccion-consular", "recursos");

    private EditionGenerator() {
    }

    /** The submission identifier of edition {@code n}, such as {@code ejemplo-ficticio-0042}. */
    public static String id(int n) {
        return String.format(Locale.ROOT, "ejemplo-ficticio-%04d", n);
    }

    /** The report IRI of edition {@code n}. */
    public static String reportIri(int n) {
        return EDITION_BASE + String.format(Locale.ROOT, "%04d", n);
    }

    /**
     * The fictitious country's code of edition {@code n}: XAA, XAB, ..., XZZ (676 countries, then again), from the
     * alpha-3 codes ISO 3166-1 leaves to user assignment, so that no real country has one.
     */
    static String countryCode(int n) {
        int i = (n - 1) % 676;
        return "X" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }

    /** The fictitious institutions edition {@code n} declares (new to the data), as slugs. */
    static List<String> newInstitutions(int n) {
        String num = String.format(Locale.ROOT, "%04d", n);
        return List.of("secretaria-ficticia-" + num, "instituto-ficticio-" + num);
    }

    /** Edition {@code n} (1 or more) as a new graph. */
    public static Graph edition(int n) {
        return new Builder(n, ACTIONS_PER_OBJECTIVE).build();
    }

    /**
     * Edition {@code n} with {@code actionsPerObjective} actions under each objective instead of 22, for submissions
     * of a given size: each action adds about 21 triples.
     */
    public static Graph edition(int n, int actionsPerObjective) {
        return new Builder(n, actionsPerObjective).build();
    }

    /** The actions per objective that make an edition of about {@code triples} triples. */
    public static int actionsPerObjectiveFor(long triples) {
        return (int) Math.max(1, Math.round((triples - 800) / (OBJECTIVES * 21.5)));
    }

    private static final class Builder {
        private final int n;
        private final String num;
        private final String report;
        private final Random random;
        private final Graph g = GraphFactory.createDefaultGraph();
        private final int year;
        private final int actionsPerObjective;

        Builder(int n, int actionsPerObjective) {
            this.actionsPerObjective = actionsPerObjective;
            if (n < 1 || n > 9999) {
                throw new IllegalArgumentException("edition numbers run from 1 to 9999: " + n);
            }
            this.n = n;
            this.num = String.format(Locale.ROOT, "%04d", n);
            this.report = reportIri(n);
            this.random = new Random(n);
            this.year = 2021 + (n - 1) % 50;
        }

        Graph build() {
            // Everything an edition describes is minted under its own namespace (the gate's IRI rule): the
            // country too, its last segment a user-assigned alpha-3 code, which makes {ccc} of new institutions.
            String ccc = countryCode(n).toLowerCase(Locale.ROOT);
            String country = report + "/country/" + ccc;
            String period = report + "/period";
            String section = report + "/section/acciones";
            type(report, NS + "Report");
            lang(report, DCTerms.title.getURI(), "Ejemplo ficticio de seguimiento " + num,
                    "Fictitious follow-up example " + num);
            lang(report, DCTerms.description.getURI(),
                    "Edición inventada número " + n + " para medir el servicio; no describe acciones reales.",
                    "Made-up edition number " + n + " for measuring the service; it describes no real action.");
            iri(report, DCTerms.publisher.getURI(), GCM + "institution/upmrip");
            iri(report, NS + "followsUp", GCM + "compact");
            iri(report, NS + "country", country);
            iri(report, NS + "reportingPeriod", period);
            typed(report, NS + "reportYear", Integer.toString(year), XSDDatatype.XSDgYear);
            lang(country, SKOS.prefLabel.getURI(), "País " + countryCode(n) + " (ficticio)",
                    "Country " + countryCode(n) + " (fictitious)");
            List<String> institutions = new ArrayList<>();
            for (String slug : newInstitutions(n)) {
                String institution = GCM + "institution/" + ccc + "/" + slug;
                institutions.add(institution);
                type(institution, NS + "PublicBody");
                boolean secretariat = slug.startsWith("secretaria");
                lang(institution, SKOS.prefLabel.getURI(),
                        (secretariat ? "Secretaría ficticia " : "Instituto ficticio ") + num + " del país "
                                + countryCode(n),
                        (secretariat ? "Fictitious secretariat " : "Fictitious institute ") + num + " of country "
                                + countryCode(n));
            }
            type(period, DCTerms.PeriodOfTime.getURI());
            typed(period, DCAT + "startDate", (year - 1) + "-07", XSDDatatype.XSDgYearMonth);
            typed(period, DCAT + "endDate", year + "-06", XSDDatatype.XSDgYearMonth);
            type(section, NS + "ReportSection");
            iri(section, DCTerms.isPartOf.getURI(), report);
            lang(section, DCTerms.title.getURI(), "Acciones (ejemplo ficticio " + num + ")",
                    "Actions (fictitious example " + num + ")");

            List<String> programmes = new ArrayList<>();
            for (int p = 1; p <= PROGRAMMES; p++) {
                String programme = report + "/programme/ficticio-" + p;
                programmes.add(programme);
                type(programme, NS + "Programme");
                lang(programme, SKOS.prefLabel.getURI(), "Programa ficticio " + p + " del ejemplo " + num,
                        "Fictitious programme " + p + " of example " + num);
                lang(programme, DCTerms.description.getURI(), "Programa inventado para medir el servicio.",
                        "Made-up programme for measuring the service.");
            }
            List<String> participants = new ArrayList<>();
            INSTITUTIONS.forEach(slug -> participants.add(GCM + "institution/" + slug));
            participants.addAll(institutions);
            for (int i = 0; i < participants.size(); i++) {
                participation(participants.get(i), i);
            }
            for (int objective = 1; objective <= OBJECTIVES; objective++) {
                for (int item = 1; item <= actionsPerObjective; item++) {
                    action(objective, item, section, programmes, participants);
                }
            }
            for (int c = 1; c <= CHALLENGES; c++) {
                String challenge = report + "/challenge/" + c;
                type(challenge, NS + "Challenge");
                iri(challenge, NS + "inReport", report);
                iri(challenge, NS + "challengeCategory", GCM + "challenge-category/" + pick(CATEGORIES));
                if (random.nextBoolean()) {
                    iri(challenge, NS + "challengeCategory", GCM + "challenge-category/" + pick(CATEGORIES));
                }
            }
            return g;
        }

        private void participation(String institution, int index) {
            String participation = report + "/participation/" + institution.substring(institution.lastIndexOf('/') + 1);
            type(participation, NS + "Participation");
            iri(participation, NS + "inReport", report);
            iri(participation, NS + "participant", institution);
            bool(participation, NS + "informationRequested", true);
            boolean sent = index % 7 != 3;
            bool(participation, NS + "informationSent", sent);
            if (sent) {
                bool(participation, NS + "contributionIncluded", index % 5 != 1);
            }
        }

        private void action(int objective, int item, String section, List<String> programmes,
                            List<String> institutions) {
            String action = report + "/action/" + objective + "-" + item;
            type(action, NS + "ReportedAction");
            iri(action, NS + "inReport", report);
            iri(action, NS + "objective", GCM + "objective/" + objective);
            typed(action, NS + "itemNumber", Integer.toString(item), XSDDatatype.XSDpositiveInteger);
            iri(action, DCTerms.source.getURI(), section);
            lang(action, SKOS.prefLabel.getURI(),
                    "Acción ficticia " + objective + "-" + item + " del ejemplo " + num,
                    "Fictitious action " + objective + "-" + item + " of example " + num);
            int people = 10 + random.nextInt(5000);
            lang(action, DCTerms.description.getURI(),
                    "Acción inventada para medir el servicio; atendería a " + people + " personas ficticias.",
                    "Made-up action for measuring the service; it would serve " + people + " fictitious people.");
            iri(action, NS + "responsibleInstitution", pick(institutions));
            if (random.nextInt(10) < 7) {
                iri(action, NS + "programme", pick(programmes));
            }
            if (random.nextInt(10) < 3) {
                iri(action, NS + "partner", GCM + "institution/" + pick(PARTNERS));
            }
            if (random.nextBoolean()) {
                iri(action, NS + "beneficiaryGroup", GCM + "beneficiary-group/" + pick(GROUPS));
            }
            if (random.nextBoolean()) {
                int month = 1 + random.nextInt(12);
                String y = Integer.toString(month >= 7 ? year - 1 : year);
                typed(action, NS + "startDate", String.format(Locale.ROOT, "%s-%02d-%02d", y, month,
                        1 + random.nextInt(28)), XSDDatatype.XSDdate);
            }
            int figures = random.nextInt(10) < 6 ? 1 + random.nextInt(2) : 0;
            for (int f = 1; f <= figures; f++) {
                String figure = action + "/figure/" + f;
                iri(action, NS + "figure", figure);
                type(figure, NS + "Figure");
                g.add(Triple.create(uri(figure), uri(NS + "value"),
                        NodeFactory.createLiteralDT(Integer.toString(random.nextInt(100000)), XSDDatatype.XSDinteger)));
                lang(figure, NS + "quantity", "Personas atendidas (ficticias)", "People served (fictitious)");
                lang(figure, NS + "unit", "personas", "people");
                typed(figure, NS + "periodStart", (year - 1) + "-07", XSDDatatype.XSDgYearMonth);
                typed(figure, NS + "periodEnd", year + "-06", XSDDatatype.XSDgYearMonth);
            }
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static Node uri(String iri) {
            return NodeFactory.createURI(iri);
        }

        private void type(String s, String type) {
            g.add(Triple.create(uri(s), RDF.type.asNode(), uri(type)));
        }

        private void iri(String s, String p, String o) {
            g.add(Triple.create(uri(s), uri(p), uri(o)));
        }

        private void lang(String s, String p, String es, String en) {
            g.add(Triple.create(uri(s), uri(p), NodeFactory.createLiteralLang(es, "es")));
            g.add(Triple.create(uri(s), uri(p), NodeFactory.createLiteralLang(en, "en")));
        }

        private void typed(String s, String p, String lexical, XSDDatatype type) {
            g.add(Triple.create(uri(s), uri(p), NodeFactory.createLiteralDT(lexical, type)));
        }

        private void bool(String s, String p, boolean value) {
            g.add(Triple.create(uri(s), uri(p), NodeFactory.createLiteralDT(Boolean.toString(value),
                    XSDDatatype.XSDboolean)));
        }
    }
}
