package org.gcmkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.gcmkg.TestProject;
import org.gcmkg.io.RdfFiles;
import org.gcmkg.io.RdfInputException;
import org.gcmkg.validation.ValidationOutcome;
import org.junit.jupiter.api.Test;

/**
 * Each file in {@code examples/invalid/} fails for its own reason only: the gate (as {@code validate} runs it,
 * without a store) reports violations of exactly the rules the example is about, or refuses to read it with
 * exactly the expected message; and every file there is in the table.
 */
class InvalidExamplesTest {
    private static final Path INVALID = Path.of(System.getProperty("basedir", ".")).resolve("examples/invalid");
    private static final String SHAPES = "https://w3id.org/gcm/shapes#";

    /**
     * Each example and the rule (shape IRI) it breaks, or the key of the message that refuses to read it
     * ({@code parser:LINE} for a syntax error). Where one mistake is, by its nature, seen by more than one rule, the
     * table lists them all and says why; no example trips a rule that has nothing to do with its mistake (such as
     * naming the curated 2020 report when it is about a figure).
     */
    private static final Map<String, Set<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            // A 24th objective: its notation is out of 1..23, the scheme is closed, and objective/ is the service's.
            Map.entry("24th-objective.ttl", rules("ObjectiveNotation", "ObjectiveShape", "ServiceIrisAreReadOnly")),
            Map.entry("action-without-objective.ttl", rules("ActionObjective")),
            Map.entry("control-character.ttl", rules("ValuesAreXmlCharacters")),
            // An action in the curated report: the edition is a curated one, and its paths are read-only.
            Map.entry("curated-edition.ttl", rules("ServiceIrisAreReadOnly", "SubmissionEdition")),
            Map.entry("deep-nesting.ttl", Set.of("input.depth")),
            // Nothing at all: no edition and no resource of a GCM class.
            Map.entry("empty.ttl", rules("SubmissionHasGcmResource", "SubmissionHasOneEdition")),
            Map.entry("external-entity.rdf", Set.of("input.doctype")),
            Map.entry("included-without-sent.ttl", rules("ParticipationIncludedOnlyIfSent")),
            Map.entry("institution-wrong-country.ttl", rules("NewInstitutionIri")),
            Map.entry("latin1.ttl", Set.of("input.utf8")),
            Map.entry("malformed.ttl", Set.of("parser:7")),
            // An undeclared term of our namespace is also a property no shape allows.
            Map.entry("misspelt-property.ttl", rules("PropertiesAllowedByShapes", "TermsAreDeclared")),
            Map.entry("negative-figure.ttl", rules("FigureValue")),
            // ex:a ex:b ex:c: no edition, no GCM resource, and ex:a is minted outside any edition.
            Map.entry("off-topic.ttl", rules("MintsInItsEdition", "SubmissionHasGcmResource", "SubmissionHasOneEdition")),
            Map.entry("outside-namespace.ttl", rules("MintsInItsEdition")),
            Map.entry("own-submission-record.ttl", rules("ServiceTermsAreReserved")),
            Map.entry("property-not-allowed.ttl", rules("PropertiesAllowedByShapes")),
            // A second Spanish title of objective 7: curated data is read-only, and an objective has one.
            Map.entry("relabel-objective.ttl", rules("ObjectivePrefLabelEs", "ReferenceDataIsReadOnly")),
            Map.entry("remote-context.jsonld", Set.of("parser:-1")),
            Map.entry("retype-institution.ttl", rules("ReferenceDataIsReadOnly")),
            Map.entry("take-over-dataset.ttl", rules("ServiceIrisAreReadOnly")),
            Map.entry("takes-over-follow-up.ttl", rules("ServiceIrisAreReadOnly")),
            Map.entry("unknown-institution.ttl", rules("ActionResponsible"))));

    private static Set<String> rules(String... names) {
        Set<String> s = new TreeSet<>();
        for (String n : names) {
            s.add(SHAPES + n);
        }
        return s;
    }

    /** The violated rules of an example, or the key of the message that refuses to read it. */
    private static Set<String> reasons(Path file) throws IOException {
        SubmissionInput input = new SubmissionInput(Files.readAllBytes(file),
                RdfFiles.langFor(file.getFileName().toString()), file.getFileName().toString());
        try {
            ValidationOutcome outcome = new SubmissionGate(TestProject.get()).check(input, null);
            return outcome.entries().stream().filter(e -> e.severity() == Severity.Violation)
                    .map(InvalidExamplesTest::rule).collect(Collectors.toCollection(TreeSet::new));
        } catch (RdfInputException e) {
            return Set.of(e.key() != null ? e.key() : "parser:" + e.line());
        }
    }

    private static String rule(ReportEntry e) {
        return e.source() == null ? String.valueOf(e.sourceConstraintComponent()) : e.source().getURI();
    }

    @Test
    void everyInvalidExampleFailsForItsOwnReasonOnly() throws IOException {
        Map<String, Set<String>> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(INVALID)) {
            for (Path f : files.sorted().toList()) {
                actual.put(f.getFileName().toString(), reasons(f));
            }
        }
        Map<String, Set<String>> expected = EXPECTED;
        assertEquals(expected.keySet(), actual.keySet(), "every example is in the table");
        StringBuilder wrong = new StringBuilder();
        for (String file : expected.keySet()) {
            if (!expected.get(file).equals(actual.get(file))) {
                wrong.append(file).append(": expected ").append(expected.get(file)).append(", got ")
                        .append(actual.get(file)).append('\n');
            }
        }
        assertEquals("", wrong.toString());
    }
}
