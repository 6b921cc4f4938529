package org.gcmkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;
import org.gcmkg.vocab.Gcm;

/**
 * The report edition a per-edition named query is asked for ({@code ?edition=} over HTTP, {@code --edition} on the
 * command line): it must be an absolute IRI and name a {@code gcm:Report} of the store, so that a mistyped edition is
 * told apart from an edition with nothing to count. The HTTP and command-line paths both go through here.
 */
public final class EditionChoice {

    private EditionChoice() {
    }

    /** Why an edition was refused. */
    public enum Problem {
        /** The query has no edition to replace. */
        NOT_PER_EDITION,
        /** The text is not an absolute IRI. */
        NOT_AN_IRI,
        /** The IRI is well formed but no report of the store has it. */
        NO_SUCH_EDITION
    }

    /** A refused edition, with a message in each language. */
    public static final class RefusedEdition extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String query;
        private final String edition;

        RefusedEdition(Problem problem, String query, String edition) {
            super(describe(problem, query, edition, Language.EN));
            this.problem = problem;
            this.query = query;
            this.edition = edition;
        }

        /** Why it was refused. */
        public Problem problem() {
            return problem;
        }

        /** The message in {@code language}. */
        public String message(Language language) {
            return describe(problem, query, edition, language);
        }
    }

    /**
     * The named query asked for {@code edition} over {@code dataset}.
     *
     * @throws RefusedEdition if the query does not work per edition, the text is not an IRI or no report has it
     */
    public static NamedQuery apply(NamedQuery query, String edition, DatasetGraph dataset) {
        if (!query.perEdition()) {
            throw new RefusedEdition(Problem.NOT_PER_EDITION, query.name(), edition);
        }
        if (!isIri(edition)) {
            throw new RefusedEdition(Problem.NOT_AN_IRI, query.name(), edition);
        }
        Node report = NodeFactory.createURI(edition);
        boolean known = Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, report, RDF.type.asNode(), Gcm.REPORT));
        if (!known) {
            throw new RefusedEdition(Problem.NO_SUCH_EDITION, query.name(), edition);
        }
        return query.forEdition(edition);
    }

    /** Whether {@code text} is an absolute IRI that can stand between {@code <} and {@code >} in SPARQL. */
    static boolean isIri(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // SPARQL's IRIREF excludes these, and a backslash would start an escape.
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
                return false;
            }
        }
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    private static String describe(Problem problem, String query, String edition, Language language) {
        Messages texts = Messages.of("queries", language);
        switch (problem) {
            case NOT_PER_EDITION:
                return texts.format("notPerEdition", "query", query);
            case NOT_AN_IRI:
                return texts.format("notAnIri", "edition", printable(edition));
            default:
                return texts.format("noSuchEdition", "edition", edition);
        }
    }

    /** The text with control characters shown as {@code \\uXXXX}, so that a message stays on one line. */
    private static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
