package org.gcmkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the gcm-kg namespace: the ontology, the data's IRI space and the named graphs. */
public final class Gcm {
    /** Base of every IRI the project mints. */
    public static final String BASE = "https://w3id.org/gcm/";
    /** The ontology's IRI (also the document that holds it). */
    public static final String ONTOLOGY = BASE + "ontology";
    /** Namespace of the ontology's terms. */
    public static final String NS = ONTOLOGY + "#";
    /** Base of the named graphs the service keeps. */
    public static final String GRAPH_BASE = BASE + "graph/";
    /** Named graph holding the ontology. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH_BASE + "ontology");
    /** Named graph holding the reference data (objectives, principles, institutions, schemes). */
    public static final Node REFERENCE_GRAPH = NodeFactory.createURI(GRAPH_BASE + "reference");

    /** Base of the named graphs that hold accepted submissions. */
    public static final String SUBMISSION_GRAPH_BASE = GRAPH_BASE + "submission/";
    /** Named graph holding the metadata records of submissions. */
    public static final Node SUBMISSION_RECORDS_GRAPH = NodeFactory.createURI(GRAPH_BASE + "submissions");
    /** Base of the IRIs of submission records. */
    public static final String SUBMISSION_BASE = BASE + "submission/";

    /** The class of report editions, gcm:Report. */
    public static final Node REPORT = term("Report");
    /** The class of the Compact's objectives, gcm:Objective. */
    public static final Node OBJECTIVE = term("Objective");
    /** The class of institutions, gcm:Institution. */
    public static final Node INSTITUTION = term("Institution");
    /** The class of submission records, gcm:Submission. */
    public static final Node SUBMISSION = term("Submission");
    /** gcm:inReport, from a resource to the report edition it belongs to. */
    public static final Node IN_REPORT = term("inReport");
    /** gcm:country, from a report edition to its country. */
    public static final Node COUNTRY = term("country");

    private Gcm() {
    }

    /** The term {@code localName} of the ontology's namespace. */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** The named graph for a curated data area, such as a report edition directory. */
    public static Node dataGraph(String area) {
        return NodeFactory.createURI(GRAPH_BASE + area);
    }

    /** The named graph of submission {@code id}. */
    public static Node submissionGraph(String id) {
        return NodeFactory.createURI(SUBMISSION_GRAPH_BASE + id);
    }

    /** The IRI of the record of submission {@code id}. */
    public static Node submissionRecord(String id) {
        return NodeFactory.createURI(SUBMISSION_BASE + id);
    }

    /** The IRI of objective {@code n}. */
    public static String objective(int n) {
        return BASE + "objective/" + n;
    }
}
