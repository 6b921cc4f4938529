package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The report editions the data holds and the submissions they came in: what lets a page mark each statement with
 * its edition (and its submission, for data that did not come with the service), limit itself to one edition, and
 * name in its footer the editions it shows.
 */
final class Editions {
    private static final PageQuery EDITIONS = PageQuery.resource(Editions.class, "editions");

    /** One edition, with the submissions that brought it (none for curated data). */
    record Edition(Node report, Optional<String> year, List<Submission> submissions) {
        /** Whether the edition came in a submission rather than with the service's curated data. */
        boolean submitted() {
            return !submissions.isEmpty();
        }
    }

    /** A stored submission: its record, identifier and named graph. */
    record Submission(Node record, String id, Node graph) {
    }

    private final Map<Node, Edition> byReport;
    private final Map<Node, Submission> byGraph = new LinkedHashMap<>();

    private Editions(Map<Node, Edition> byReport) {
        this.byReport = byReport;
        byReport.values().forEach(e -> e.submissions().forEach(s -> byGraph.put(s.graph(), s)));
    }

    /** Reads the editions from the data. */
    static Editions read(DatasetGraph dataset, long timeoutMillis) {
        Map<Node, Edition> editions = new LinkedHashMap<>();
        for (PageQuery.Row r : EDITIONS.run(dataset, timeoutMillis)) {
            Node report = r.node("report").orElseThrow();
            Edition e = editions.computeIfAbsent(report, k -> new Edition(k, r.text("year"), new ArrayList<>()));
            if (r.node("submission").isPresent()) {
                e.submissions().add(new Submission(r.node("submission").get(), r.text("submission_id").orElse(""),
                        r.node("graph").orElseThrow()));
            }
        }
        return new Editions(editions);
    }

    /** Every edition, oldest first. */
    List<Edition> all() {
        return List.copyOf(byReport.values());
    }

    /** The edition of a report, if the data holds it. */
    Optional<Edition> of(Node report) {
        return Optional.ofNullable(byReport.get(report));
    }

    /** The submission whose named graph is {@code graph}, if it is one. */
    Optional<Submission> submissionOf(Node graph) {
        return Optional.ofNullable(graph).map(byGraph::get);
    }

    /** The name of an edition for people: its short title when it has one, else its title. */
    static String name(PageKit k, Node report) {
        return k.literal(report, "http://purl.org/dc/terms/alternative").map(PageKit.Text::text)
                .orElseGet(() -> k.label(report).text());
    }

    /**
     * The mark that says which edition a statement comes from, and in which submission when it came in one:
     * {@code graph} is the named graph the statement is in.
     */
    String mark(PageKit k, Node report, Node graph) {
        Optional<Submission> s = submissionOf(graph);
        StringBuilder b = new StringBuilder("<span class=\"edition").append(s.isPresent() ? " submitted" : "")
                .append("\" data-edition=\"").append(esc(report.getURI())).append("\"");
        s.ifPresent(sub -> b.append(" data-submission=\"").append(esc(sub.id())).append("\""));
        b.append(">").append(k.link(report, name(k, report)));
        s.ifPresent(sub -> b.append(" · ").append(esc(k.m().format("edition.submission", "id", sub.id())))
                .append(" ").append(k.link(sub.record(), sub.id())));
        return b.append("</span>").toString();
    }

    /** The footer's source line, naming the editions a page shows. */
    String sourceLine(PageKit k, List<Node> shown) {
        List<String> names = new ArrayList<>();
        for (Node report : shown) {
            Optional<Edition> e = of(report);
            String name = k.link(report, name(k, report));
            if (e.isPresent() && e.get().submitted()) {
                name += " " + esc(k.m().format("edition.sourceSubmitted", "ids",
                        String.join(", ", e.get().submissions().stream().map(Submission::id).toList())));
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            return esc(k.m().format("layout.source.default"));
        }
        return k.m().format("layout.source.editions", "editions", k.list(names));
    }
}
