package org.gcmkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.gcmkg.page.UiLanguage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves one {@link GraphDocument} at a fixed path, with content negotiation, validators and conditional GET.
 */
final class DocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Publication publication;
    private final transient GraphDocument document;
    private final List<Representation> offered;

    /**
     * @param publication the publication (for the modification time)
     * @param offered     the representations, in the server's order of preference
     * @param document    the document
     */
    DocumentServlet(Publication publication, List<Representation> offered, GraphDocument document) {
        this.publication = publication;
        this.offered = List.copyOf(offered);
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String selfPath = req.getRequestURI();
        Optional<Representation> chosen = ContentNegotiation.choose(req.getHeader("Accept"),
                req.getParameter("format"), offered);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            HttpResponses.notAcceptable(resp, offered);
            return;
        }
        Representation rep = chosen.get();
        ServiceUrls urls = ServiceUrls.of(req);
        Snapshot snapshot = publication.snapshot();
        Graph graph = document.graph(snapshot, urls);
        UiLanguage lang = UiLanguage.of(req, resp);
        byte[] body = rep == Representation.HTML
                ? document.html(graph, snapshot, urls, selfPath, offered, lang).getBytes(StandardCharsets.UTF_8)
                : RdfOutput.write(graph, rep, urls.context());
        HttpResponses.negotiationHeaders(resp, selfPath, offered, rep);
        HttpResponses.send(req, resp, rep.contentType(), body,
                HttpResponses.weakEtag(snapshot, rep, urls, selfPath, lang), snapshot.modified());
    }
}
