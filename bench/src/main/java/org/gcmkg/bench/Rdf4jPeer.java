package org.gcmkg.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;

/**
 * RDF4J's ShaclSail run bare over a memory store: the shapes loaded into its shapes graph, then the context and
 * data added in one transaction validated in bulk at commit.
 */
final class Rdf4jPeer {
    private Rdf4jPeer() {
    }

    static boolean validate(Path shapes, Path context, Path data) throws Exception {
        ShaclSail sail = new ShaclSail(new MemoryStore());
        SailRepository repository = new SailRepository(sail);
        repository.init();
        try (SailRepositoryConnection c = repository.getConnection()) {
            c.begin();
            try (InputStream in = Files.newInputStream(shapes)) {
                c.add(in, "", RDFFormat.TURTLE, RDF4J.SHACL_SHAPE_GRAPH);
            }
            c.commit();
            c.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            for (Path file : new Path[] {context, data}) {
                try (InputStream in = Files.newInputStream(file)) {
                    c.add(in, "", Rio.getParserFormatForFileName(file.toString()).orElse(RDFFormat.TURTLE));
                }
            }
            try {
                c.commit();
                return true;
            } catch (RepositoryException e) {
                c.rollback();
                return false;
            }
        } finally {
            repository.shutDown();
        }
    }
}
