package org.gcmkg.publish;

import static org.gcmkg.page.Markup.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.page.Sorting;
import org.gcmkg.page.UiLanguage;
import org.gcmkg.text.Messages;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * What the pages of the linked data share while one page is built: the interface language and its messages,
 * labels in that language (the other language, marked as such, when the data has no label in it), links through
 * this server, numbers, dates and lists formatted for the language, and the page's SPARQL queries. Everything
 * taken from the data is escaped here.
 */
final class PageKit {
    /** A text from the data and its language tag (empty for none). */
    record Text(String text, String lang) {
        /** The text as HTML, marked with its language when it is not the page's. */
        String html(UiLanguage page) {
            return lang.isEmpty() || lang.equals(page.code()) ? esc(text)
                    : "<span lang=\"" + esc(lang) + "\">" + esc(text) + "</span>";
        }
    }

    private final UiLanguage lang;
    private final Messages messages;
    private final IriMapping iris;
    private final Graph graph;
    private final DatasetGraph dataset;
    private final long timeoutMillis;
    private final Comparator<String> collator;

    /**
     * @param graph the union of the named graphs, read in the caller's transaction
     */
    PageKit(UiLanguage lang, IriMapping iris, DatasetGraph dataset, Graph graph, long timeoutMillis) {
        this.lang = lang;
        this.messages = lang.messages(org.gcmkg.page.Layout.AREA);
        this.iris = iris;
        this.dataset = dataset;
        this.graph = graph;
        this.timeoutMillis = timeoutMillis;
        this.collator = Sorting.collator(lang);
    }

    UiLanguage lang() {
        return lang;
    }

    /** The messages of the linked-data pages in the page's language. */
    Messages m() {
        return messages;
    }

    /** A message, escaped for HTML. */
    String t(String key, Object... args) {
        return esc(messages.format(key, args));
    }

    IriMapping iris() {
        return iris;
    }

    /** The order of text in the page's language. */
    Comparator<String> collator() {
        return collator;
    }

    /** Runs one of the pages' queries with {@code ?this} set to {@code resource}. */
    List<PageQuery.Row> query(PageQuery q, Node resource) {
        return q.run(dataset, timeoutMillis, Map.of("this", resource));
    }

    /**
     * The label in the page's language, else in the other, else untagged, else the bundle's name of a
     * general-purpose term, else the compact IRI.
     */
    Text label(Node n) {
        for (Node p : ResourceDescriber.LABEL_PROPERTIES) {
            Optional<Text> t = literal(n, p);
            if (t.isPresent()) {
                return t.get();
            }
        }
        if (n.isURI()) {
            Optional<String> term = ResourcePageRenderer.termName(n, lang);
            if (term.isPresent()) {
                return new Text(term.get(), lang.code());
            }
        }
        return new Text(n.isURI() ? Labels.shortName(n) : n.toString(), "");
    }

    /** Whether the data gives {@code n} a label. */
    boolean hasLabel(Node n) {
        return ResourceDescriber.LABEL_PROPERTIES.stream().anyMatch(p -> graph.contains(n, p, Node.ANY));
    }

    /** The value of a literal property in the page's language, else the other, else an untagged one. */
    Optional<Text> literal(Node s, String property) {
        return literal(s, NodeFactory.createURI(property));
    }

    Optional<Text> literal(Node s, Node property) {
        Text other = null;
        Text untagged = null;
        for (Triple t : graph.find(s, property, Node.ANY).toList()) {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String l = o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
            if (l.equals(lang.code()) || l.startsWith(lang.code() + "-")) {
                return Optional.of(new Text(o.getLiteralLexicalForm(), lang.code()));
            }
            if (l.isEmpty()) {
                untagged = untagged == null ? new Text(o.getLiteralLexicalForm(), "") : untagged;
            } else if (other == null) {
                other = new Text(o.getLiteralLexicalForm(), l);
            }
        }
        return Optional.ofNullable(other != null ? other : untagged);
    }

    /** The objects of a property, in no particular order. */
    List<Node> objects(Node s, String property) {
        return graph.find(s, NodeFactory.createURI(property), Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The subjects that have {@code o} as value of a property, sorted by IRI. */
    List<Node> subjects(String property, Node o) {
        return graph.find(Node.ANY, NodeFactory.createURI(property), o).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).toList().stream().distinct().sorted(Comparator.comparing(Node::getURI))
                .toList();
    }

    /** The first object of a property. */
    Optional<Node> object(Node s, String property) {
        return objects(s, property).stream().findFirst();
    }

    /** A link to a resource (through this server for the data's IRIs) with its label as text. */
    String link(Node n) {
        return link(n, label(n).html(lang));
    }

    /** A link to a resource with the given HTML as text; text alone for what is not an IRI. */
    String link(Node n, String innerHtml) {
        if (n == null || !n.isURI()) {
            return innerHtml;
        }
        return Html.link(href(n), innerHtml);
    }

    /** Where a link to a resource goes: this server's page for the data's IRIs, the IRI itself otherwise. */
    String href(Node n) {
        return iris.pathOf(n.getURI()).orElse(n.getURI());
    }

    /** A whole number, grouped as the language writes it. */
    String number(long n) {
        return esc(NumberFormat.getIntegerInstance(lang.language().locale()).format(n));
    }

    /** A number literal as the language writes it; other literals as they are. */
    String number(Node literal) {
        try {
            return number(Long.parseLong(literal.getLiteralLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return esc(literal.getLiteralLexicalForm());
        }
    }

    /** A date, a year and month or a year, written as the language writes it; other values as they are. */
    String date(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return "";
        }
        String s = literal.getLiteralLexicalForm().strip();
        try {
            String skeleton;
            int year;
            int month = 1;
            int day = 1;
            if (s.matches("\\d{4}")) {
                return esc(s);
            } else if (s.matches("\\d{4}-\\d{2}")) {
                skeleton = "yMMMM";
                year = Integer.parseInt(s.substring(0, 4));
                month = Integer.parseInt(s.substring(5, 7));
            } else if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                skeleton = "yMMMMd";
                year = Integer.parseInt(s.substring(0, 4));
                month = Integer.parseInt(s.substring(5, 7));
                day = Integer.parseInt(s.substring(8, 10));
            } else {
                return esc(s);
            }
            GregorianCalendar c = new GregorianCalendar(TimeZone.GMT_ZONE, lang.language().locale());
            c.clear();
            c.set(year, month - 1, day);
            DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, lang.language().locale());
            f.setTimeZone(TimeZone.GMT_ZONE);
            return "<time datetime=\"" + esc(s) + "\">" + esc(f.format(c.getTime())) + "</time>";
        } catch (IllegalArgumentException e) {
            return esc(s);
        }
    }

    /**
     * Durations (xsd:duration of years, months and days) in words, shortest first, as alternatives ("180 days or
     * 365 days", "180 días o 365 días"); a duration with a time part is shown as it is written.
     */
    String durations(List<Node> literals) {
        List<Node> sorted = literals.stream().filter(Node::isLiteral)
                .sorted(Comparator.comparingLong(PageKit::approximateDays)).toList();
        List<String> words = sorted.stream().map(this::duration).toList();
        return ListFormatter.getInstance(lang.language().locale(), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                .format(words);
    }

    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?");

    private String duration(Node literal) {
        String s = literal.getLiteralLexicalForm().strip();
        Matcher m = DURATION.matcher(s);
        if (!m.matches() || s.equals("P")) {
            return esc(s);
        }
        List<String> parts = new ArrayList<>();
        String[] keys = {"duration.years", "duration.months", "duration.days"};
        for (int i = 0; i < keys.length; i++) {
            if (m.group(i + 1) != null) {
                parts.add(t(keys[i], "count", Long.parseLong(m.group(i + 1))));
            }
        }
        return list(parts);
    }

    /** A duration's rough length in days, only to put alternatives in order. */
    private static long approximateDays(Node literal) {
        Matcher m = DURATION.matcher(literal.getLiteralLexicalForm().strip());
        if (!m.matches()) {
            return Long.MAX_VALUE;
        }
        long[] days = {365, 30, 1};
        long total = 0;
        for (int i = 0; i < days.length; i++) {
            total += m.group(i + 1) == null ? 0 : Long.parseLong(m.group(i + 1)) * days[i];
        }
        return total;
    }

    /** Items joined as the language joins a list ("A, B and C", "A, B y C"); the items are HTML. */
    String list(List<String> itemsHtml) {
        return ListFormatter.getInstance(lang.language().locale()).format(itemsHtml);
    }
}
