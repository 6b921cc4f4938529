package org.gcmkg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gcmkg.page.WebPaths;
import org.gcmkg.vocab.Gcm;

/**
 * The requests {@code serve --exit-after-start} sends to the server it started: one named query, one SPARQL query,
 * the home page and the dry run of a small fictitious submission, so that the classes of the paths a server uses most
 * are loaded (and kept by a class-data-sharing archive written at exit; the validation classes serve {@code validate}
 * started with the same archive, too).
 */
final class WarmUp {
    /** A report edition that names itself fictitious and lacks what the shapes require, so the dry run reports. */
    private static final String SUBMISSION = "<" + Gcm.BASE + "report/warm-up-ficticio> a <" + Gcm.REPORT.getURI()
            + "> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Warm-up (fictitious)\"@en .\n";

    private WarmUp() {
    }

    /** Asks each request once and says what each answered. */
    static String askOnce(String baseUrl, String sparqlUrl) throws IOException {
        String sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }";
        List<HttpRequest> requests = new ArrayList<>();
        for (String url : List.of(baseUrl + "/queries/headline-figures",
                sparqlUrl + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), baseUrl + "/")) {
            requests.add(HttpRequest.newBuilder(URI.create(url)).GET().build());
        }
        requests.add(HttpRequest.newBuilder(URI.create(baseUrl + WebPaths.VALIDATE))
                .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(SUBMISSION)).build());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> answers = new ArrayList<>();
        for (HttpRequest request : requests) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(request.method() + " " + request.uri().toString().substring(baseUrl.length())
                        .replaceFirst("\\?.*", "") + " " + r.statusCode());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return String.join(", ", answers);
    }
}
