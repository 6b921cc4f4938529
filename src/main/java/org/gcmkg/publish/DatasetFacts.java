package org.gcmkg.publish;

import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.page.Paths;

/**
 * What VoID and DCAT say alike about the dataset: its IRI, titles, description, licence and publisher. The
 * publisher of the dataset is the gcm-kg project; the publisher of each source report is stated in the data.
 */
final class DatasetFacts {
    static final String TITLE_EN = "GCM follow-up knowledge graph";
    static final String TITLE_ES = "Grafo de conocimiento para el seguimiento del Pacto Mundial para la Migración";
    static final String DESCRIPTION_EN = "Linked data for following up the Global Compact for Safe, Orderly and "
            + "Regular Migration: its objectives and guiding principles, and the follow-up reports the dataset holds, "
            + "with their programmes and reported actions, the institutions involved, the challenges they met and the "
            + "statistics the reports publish. Every fact points to the report section it comes from.";
    static final String DESCRIPTION_ES = "Datos enlazados para el seguimiento del Pacto Mundial para una Migración "
            + "Segura, Ordenada y Regular: sus objetivos y principios rectores, y los informes de seguimiento que "
            + "contiene el conjunto de datos, con sus programas y acciones reportadas, las instituciones "
            + "participantes, los retos que enfrentaron y las estadísticas que publican los informes. Cada hecho "
            + "remite a la sección del informe de la que proviene.";

    private DatasetFacts() {
    }

    /** A new model with the published prefixes. */
    static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Namespaces.PREFIXES);
        return m;
    }

    /** The dataset, with its titles, description, licence and publisher. */
    static Resource dataset(Model m, IriMapping iris) {
        Resource dataset = m.createResource(iris.iri(Paths.DATASET_IRI))
                .addProperty(DCTerms.title, TITLE_EN, "en")
                .addProperty(DCTerms.title, TITLE_ES, "es")
                .addProperty(DCTerms.description, DESCRIPTION_EN, "en")
                .addProperty(DCTerms.description, DESCRIPTION_ES, "es")
                .addProperty(DCTerms.license, licence(m))
                .addProperty(DCTerms.publisher, publisher(m, iris));
        return dataset;
    }

    /** The gcm-kg project, publisher of the dataset and the catalogue. */
    static Resource publisher(Model m, IriMapping iris) {
        return m.createResource(iris.iri(Paths.PROJECT_IRI))
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.name, "gcm-kg project", "en")
                .addProperty(FOAF.name, "proyecto gcm-kg", "es");
    }

    /** CC BY 4.0, the licence of the data and the ontology. */
    static Resource licence(Model m) {
        return m.createResource(Vocab.CC_BY_4.getURI())
                .addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(DCTerms.title, "Creative Commons Attribution 4.0 International", "en")
                .addProperty(DCTerms.title, "Creative Commons Atribución 4.0 Internacional", "es");
    }

    /** An xsd:integer literal, the type VoID's counts use. */
    static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** An xsd:dateTime literal of an instant, in UTC. */
    static Literal dateTime(Model m, Instant t) {
        return m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }
}
