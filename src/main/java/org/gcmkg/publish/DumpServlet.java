package org.gcmkg.publish;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gcmkg.page.Paths;

/**
 * Serves the dump files of the current snapshot under {@code /dumps/}. A file is gzip data and is sent as
 * {@code application/gzip} (the catalogue gives the RDF media type inside it), with its checksum as ETag and the
 * time its content last changed as Last-Modified, so that "changed since" requests get 304.
 */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Publication publication;

    DumpServlet(Publication publication) {
        this.publication = publication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Optional<Dump> dump = publication.snapshot().dumpByFileName(fileName);
        if (dump.isEmpty() || !path.equals(Paths.DUMPS + fileName)) {
            HttpResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "No such dump; the catalogue at "
                    + Paths.CATALOG + " lists them.");
            return;
        }
        Dump d = dump.get();
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        HttpResponses.send(req, resp, "application/gzip", d.content(), d.etag(), d.modified());
    }
}
