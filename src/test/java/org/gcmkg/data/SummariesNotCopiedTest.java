package org.gcmkg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestProject;
import org.gcmkg.vocab.Gcm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Descriptions and definitions are summaries in our own words: none shares a run of eight or more consecutive words
 * with the source report (after lowercasing and ignoring punctuation). Names count as one word, since names are
 * kept exactly as printed: every label of the curated data (preferred, alternative, as printed, title) of two or
 * more words is folded into a single word, in the report and in the summary alike.
 *
 * <p>The report is read from {@code ../shared/source/informe-ejecutivo-2020.txt} beside the project (or from the
 * file the system property {@code gcm.sourceReport} names); where neither is present, as on a clean clone without
 * the shared material, the check over the data is skipped, and the check of the checker itself still runs.
 */
class SummariesNotCopiedTest {
    private static final int RUN = 8;
    private static final Path DEFAULT_SOURCE = Path.of("..", "shared", "source", "informe-ejecutivo-2020.txt");
    private static final Node NAME_AS_PRINTED = NodeFactory.createURI(Gcm.NS + "nameAsPrinted");
    private static final List<Node> SUMMARIES = List.of(DCTerms.description.asNode(), SKOS.definition.asNode());
    private static final List<Node> NAMES = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            DCTerms.title.asNode(), DCTerms.alternative.asNode(), NAME_AS_PRINTED);

    private static Graph data;
    private static Names names;

    @BeforeAll
    static void load() {
        data = TestProject.get().data().allData();
        names = Names.of(data);
    }

    @Test
    void noDescriptionOrDefinitionRepeatsEightWordsOfTheReport() throws IOException {
        Path source = Path.of(System.getProperty("gcm.sourceReport", DEFAULT_SOURCE.toString()));
        assumeTrue(Files.isRegularFile(source), () -> "the source report is not at " + source.toAbsolutePath()
                + " (the shared material beside the project); the check of the summaries against it is skipped");
        CopiedRuns report = new CopiedRuns(Files.readString(source, StandardCharsets.UTF_8), names);
        List<String> copied = new ArrayList<>();
        for (Node p : SUMMARIES) {
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    for (String run : report.runsIn(t.getObject().getLiteralLexicalForm())) {
                        copied.add(describe(t) + ": \"" + run + "\"");
                    }
                }
            });
        }
        assertTrue(copied.isEmpty(), () -> copied.size() + " runs of " + RUN + " or more words of the report:\n"
                + String.join("\n", new TreeSet<>(copied)));
    }

    @Test
    void theCheckFindsACopiedSentenceAndPassesNamesAndOwnWords() {
        String report = "El mecanismo de concertación consular conformado por México, El Salvador, Guatemala y "
                + "Honduras (TRICAMEX) empezó a operar en diciembre de 2015 en McAllen, Texas. Con el Programa "
                + "Binacional de Educación Migrante México-Estados Unidos se trabaja para lograr que los niños.";
        Names label = Names.of(List.of("Programa Binacional de Educación Migrante México-Estados Unidos"));
        CopiedRuns check = new CopiedRuns(report, label);
        assertEquals(List.of("conformado por méxico el salvador guatemala y honduras tricamex empezó a operar en"),
                check.runsIn("Un mecanismo conformado por México, El Salvador, Guatemala y Honduras (TRICAMEX) "
                        + "empezó a operar en 2015."));
        assertEquals(List.of(), check.runsIn("Mecanismo de México, El Salvador, Guatemala y Honduras que comenzó a "
                + "funcionar en diciembre de 2015 en McAllen, Texas."));
        assertEquals(List.of(), check.runsIn("Con el Programa Binacional de Educación Migrante México-Estados "
                + "Unidos se procura que la niñez migrante estudie."));
    }

    private static String describe(Triple t) {
        String lang = t.getObject().getLiteralLanguage();
        return t.getSubject() + " " + t.getPredicate().getLocalName() + (lang.isEmpty() ? "" : "@" + lang);
    }

    /** Lowercased words without punctuation. */
    static List<String> words(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        return Arrays.stream(w).filter(s -> !s.isEmpty()).toList();
    }

    /** Names of two or more words, each folded into one word wherever it occurs (longest name first). */
    static final class Names {
        private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

        private Names(Set<List<String>> all) {
            all.forEach(n -> byFirstWord.computeIfAbsent(n.get(0), k -> new ArrayList<>()).add(n));
            byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((List<String> n) -> n.size()).reversed()));
        }

        static Names of(Graph graph) {
            List<String> labels = new ArrayList<>();
            for (Node p : NAMES) {
                graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral()) {
                        labels.add(t.getObject().getLiteralLexicalForm());
                    }
                });
            }
            return of(labels);
        }

        static Names of(List<String> labels) {
            Set<List<String>> all = new HashSet<>();
            labels.stream().map(SummariesNotCopiedTest::words).filter(w -> w.size() >= 2).forEach(all::add);
            return new Names(all);
        }

        List<String> fold(List<String> words) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                List<String> match = null;
                for (List<String> n : byFirstWord.getOrDefault(words.get(i), List.of())) {
                    if (i + n.size() <= words.size() && words.subList(i, i + n.size()).equals(n)) {
                        match = n;
                        break;
                    }
                }
                out.add(match == null ? words.get(i) : "<" + String.join(" ", match) + ">");
                i += match == null ? 1 : match.size();
            }
            return out;
        }
    }

    /** The runs of {@value #RUN} or more words that a text shares with the report. */
    static final class CopiedRuns {
        private final Names names;
        private final Set<List<String>> reportRuns = new HashSet<>();

        CopiedRuns(String report, Names names) {
            this.names = names;
            List<String> w = names.fold(words(report));
            for (int i = 0; i + RUN <= w.size(); i++) {
                reportRuns.add(List.copyOf(w.subList(i, i + RUN)));
            }
        }

        List<String> runsIn(String text) {
            List<String> w = names.fold(words(text));
            List<String> runs = new ArrayList<>();
            int i = 0;
            while (i + RUN <= w.size()) {
                if (!reportRuns.contains(w.subList(i, i + RUN))) {
                    i++;
                    continue;
                }
                int end = i + RUN;
                while (end < w.size() && reportRuns.contains(w.subList(end + 1 - RUN, end + 1))) {
                    end++;
                }
                runs.add(String.join(" ", w.subList(i, end)));
                i = end;
            }
            return runs;
        }
    }
}
