package org.gcmkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gcmkg.query.NamedQueries;
import org.gcmkg.validation.ShapesValidator;
import org.gcmkg.validation.ValidationOutcome;

/**
 * A loaded project: its curated data, a validator over its shapes, and its named queries. The validator checks
 * data together with the ontology and all curated data, so that references to objectives, institutions and
 * reports are checked.
 */
public final class Project {
    private final ProjectFiles files;
    private final CuratedData data;
    private final ShapesValidator validator;
    private final NamedQueries queries;

    private Project(ProjectFiles files, CuratedData data, ShapesValidator validator, NamedQueries queries) {
        this.files = files;
        this.data = data;
        this.validator = validator;
        this.queries = queries;
    }

    /** Reads everything the project holds; malformed files raise an RdfInputException. */
    public static Project load(ProjectFiles files) {
        CuratedData data = CuratedData.load(files);
        Graph context = GraphFactory.createDefaultGraph();
        data.ontology().find().forEachRemaining(context::add);
        data.allData().find().forEachRemaining(context::add);
        ShapesValidator validator = ShapesValidator.read(files.shapeFiles(), context);
        return new Project(files, data, validator, NamedQueries.read(files.queryDirectory()));
    }

    /** Where the project's content comes from. */
    public ProjectFiles files() {
        return files;
    }

    /** The curated data. */
    public CuratedData data() {
        return data;
    }

    /** The validator over the project's shapes and reference data. */
    public ShapesValidator validator() {
        return validator;
    }

    /** The named queries. */
    public NamedQueries queries() {
        return queries;
    }

    /** Validates all curated data against the shapes. */
    public ValidationOutcome validateCurated() {
        return validator.validate(GraphFactory.createDefaultGraph());
    }

    /** A new in-memory dataset holding the curated content. */
    public DatasetGraph newDataset() {
        GcmStore store = GcmStore.inMemory();
        store.loadCurated(data);
        return store.dataset();
    }
}
