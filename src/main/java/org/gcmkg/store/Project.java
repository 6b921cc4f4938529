package org.gcmkg.store;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.validation.ShapesValidator;
import org.gcmkg.validation.ValidationOutcome;
import org.gcmkg.vocab.Gcm;

/**
 * A project: its curated data, a validator over its shapes, and its named queries. The validator checks data
 * together with the ontology and all curated data, so that references to objectives, institutions and reports are
 * checked. Nothing is read at once: the named queries, the curated data and the shapes are read when first needed
 * (a server whose store already holds the content answers queries before, or without, reading them).
 */
public final class Project {
    private final ProjectFiles files;
    private final NamedQueries queries;
    private CuratedData data;
    private ShapesValidator validator;

    private Project(ProjectFiles files, NamedQueries queries) {
        this.files = files;
        this.queries = queries;
    }

    /**
     * A project over {@code files}; the named queries, curated data and shapes are read on first use, when malformed
     * files raise an RdfInputException.
     */
    public static Project load(ProjectFiles files) {
        return new Project(files, NamedQueries.readOnFirstUse(files::queryDirectory));
    }

    /** Where the project's content comes from. */
    public ProjectFiles files() {
        return files;
    }

    /** The curated data, read on first use. */
    public synchronized CuratedData data() {
        if (data == null) {
            data = CuratedData.load(files);
        }
        return data;
    }

    /** The names of the curated graphs, known without reading the data: the ontology's and one per data area. */
    public Set<Node> curatedGraphNames() {
        Set<Node> names = new LinkedHashSet<>();
        names.add(Gcm.ONTOLOGY_GRAPH);
        files.dataAreas().forEach(area -> names.add(CuratedData.graphName(area)));
        return names;
    }

    /**
     * The validator over the project's shapes and reference data, built on first use (for the embedded content, from
     * the shapes as the build parsed them).
     */
    public synchronized ShapesValidator validator() {
        if (validator == null) {
            CuratedData curated = data();
            Graph context = GraphFactory.createDefaultGraph();
            curated.ontology().find().forEachRemaining(context::add);
            curated.areas().values().forEach(area -> area.find().forEachRemaining(context::add));
            validator = files.preparsed()
                    .map(p -> ShapesValidator.of(p.shapes(), p.shapesSha256(), context))
                    .orElseGet(() -> ShapesValidator.read(files.shapeFiles(), context));
        }
        return validator;
    }

    /** Whether the shapes have been read (the validator built): {@code serve} says so when it starts serving. */
    public synchronized boolean shapesRead() {
        return validator != null;
    }

    /** The named queries. */
    public NamedQueries queries() {
        return queries;
    }

    /** Validates all curated data against the shapes. */
    public ValidationOutcome validateCurated() {
        return validator().validate(GraphFactory.createDefaultGraph());
    }

    /** A new in-memory dataset holding the curated content. */
    public DatasetGraph newDataset() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(data());
        return store.dataset();
    }
}
