package org.gcmkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What each named query must return. The report's own tables are written out here from the Informe Ejecutivo
 * 2020 (section and page in the comment of each entry); results over the curated actions are reviewed CSV files.
 * Shared by the offline and the HTTP tests.
 */
public final class ExpectedResults {
    private static final String T7_ES = "Abordar y reducir las vulnerabilidades en la migración";
    private static final String T1_ES = "Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica";
    private static final String T17_ES = "Eliminar todas las formas de discriminación y promover un discurso público con base empírica "
            + "para modificar las percepciones de la migración";
    private static final String T15_ES = "Proporcionar a los migrantes acceso a servicios básicos";
    private static final String T16_ES = "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social";
    private static final String T11_ES = "Gestionar las fronteras de manera integrada, segura y coordinada";
    private static final String T18_ES = "Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, "
            + "cualificaciones y competencias";
    private static final String T12_ES = "Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada "
            + "verificación de antecedentes, evaluación y derivación";
    private static final String T19_ES = "Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir "
            + "plenamente al desarrollo sostenible en todos los países";
    private static final String T13_ES = "Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas";
    private static final String T22_ES = "Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas";

    /** Expected rows by query name. */
    public static final Map<String, List<List<String>>> ROWS = Map.of(
            // "Objetivos con mas programas y/o acciones", Evaluación general, page 6.
            "objectives-most-actions", List.of(
                    List.of("7", T7_ES, "Address and reduce vulnerabilities in migration", "21"),
                    List.of("1", T1_ES, "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies", "18"),
                    List.of("17", T17_ES, "Eliminate all forms of discrimination and promote evidence-based public discourse to shape "
                            + "perceptions of migration", "17"),
                    List.of("15", T15_ES, "Provide access to basic services for migrants", "16"),
                    List.of("16", T16_ES, "Empower migrants and societies to realize full inclusion and social cohesion", "13")),
            // "Objetivos con menos programas y/o acciones", Evaluación general, page 6.
            "objectives-fewest-actions", List.of(
                    List.of("11", T11_ES, "Manage borders in an integrated, secure and coordinated manner", "4"),
                    List.of("18", T18_ES, "Invest in skills development and facilitate mutual recognition of skills, qualifications "
                            + "and competences", "4"),
                    List.of("12", T12_ES, "Strengthen certainty and predictability in migration procedures for appropriate "
                            + "screening, assessment and referral", "3"),
                    List.of("19", T19_ES, "Create conditions for migrants and diasporas to fully contribute to sustainable "
                            + "development in all countries", "2"),
                    List.of("13", T13_ES, "Use migration detention only as a measure of last resort and work towards alternatives", "1"),
                    List.of("22", T22_ES, "Establish mechanisms for the portability of social security entitlements and earned "
                            + "benefits", "0")),
            // Table of "Retos identificados", page 30.
            "challenges-by-category", List.of(
                    List.of("Coordinación y cooperación inter e intra institucional",
                            "Inter- and intra-institutional coordination and cooperation", "39"),
                    List.of("Obtención, uso y difusión de información", "Obtaining, using and disseminating information", "28"),
                    List.of("Recursos materiales, humanos y tecnológicos", "Material, human and technological resources", "22"),
                    List.of("Derechos Humanos, población vulnerable y no discriminación",
                            "Human rights, vulnerable population and non-discrimination", "22"),
                    List.of("Políticas públicas y gobernanza", "Public policy and governance", "9"),
                    List.of("Documentos de registro e identidad", "Registration and identity documents", "7"),
                    List.of("Protección y asistencia consular", "Consular protection and assistance", "6"),
                    List.of("Aplicación de la política pública a nivel local", "Implementing public policy at the local level", "3"),
                    List.of("Migración irregular", "Irregular migration", "3"),
                    List.of("Transversalización de la perspectiva de género", "Gender mainstreaming", "2")),
            // Conformación del informe, page 5.
            "headline-figures", List.of(List.of("176", "33")),
            // Annex 3.
            "participation-summary", List.of(List.of("41", "38", "34", "33")),
            "asked-but-did-not-send", List.of(
                    List.of("CENSIDA", "CENTRO NACIONAL PARA LA PREVENCIÓN Y EL CONTROL DEL VIH/SIDA",
                            "National Center for the Prevention and Control of HIV/AIDS"),
                    List.of("CNDH", "COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS", "National Human Rights Commission"),
                    List.of("CONDUSEF", "COMISIÓN NACIONAL PARA LA PROTECCIÓN Y DEFENSA DE LOS USUARIOS FINANCIEROS",
                            "National Commission for the Protection and Defense of Financial Services Users"),
                    List.of("POLICÍA FEDERAL", "DIVISIÓN DE INTELIGENCIA DE LA POLICÍA FEDERAL", "Federal Police, Intelligence Division"),
                    List.of("CONOFAM", "INSTITUTO DE ATENCIÓN Y PROTECCIÓN AL MIGRANTE Y SUS FAMILIAS Y COORDINACIÓN NACIONAL DE "
                            + "OFICINAS ESTATALES DE ATENCIÓN A MIGRANTES",
                            "Institute for the Attention and Protection of Migrants and their Families and National Coordination "
                                    + "of State Offices for Migrant Affairs"),
                    List.of("SE", "SECRETARÍA DE ECONOMÍA", "Ministry of Economy"),
                    List.of("SHCP", "SECRETARÍA DE HACIENDA Y CRÉDITO PÚBLICO", "Ministry of Finance and Public Credit")),
            "sent-without-being-asked", List.of(
                    List.of("BB", "BANCO DEL BIENESTAR", "Welfare Bank"),
                    List.of("IMTA", "INSTITUTO MEXICANO DE TECNOLOGÍA DEL AGUA", "Mexican Institute of Water Technology"),
                    List.of("SAT", "SERVICIO DE ADMINISTRACIÓN TRIBUTARIA", "Tax Administration Service")),
            // Annex 3 records against Conformación del informe, page 5.
            "contributing-institutions-consistency", List.of(List.of("33", "33", "true")));

    private ExpectedResults() {
    }

    /**
     * The reviewed CSV result of a query over the curated actions, kept in {@code src/test/resources/expected}.
     * These results were read against the report's section "Principales acciones" when the data was curated;
     * a change in them is a change in the curated data and needs the same review.
     */
    public static String csv(String name) {
        try (InputStream in = ExpectedResults.class.getResourceAsStream("/expected/" + name + ".csv")) {
            if (in == null) {
                throw new IllegalArgumentException("no expected result for " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a reviewed CSV result exists for a query. */
    public static boolean hasCsv(String name) {
        return ExpectedResults.class.getResource("/expected/" + name + ".csv") != null;
    }
}
