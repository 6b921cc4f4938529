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

/**
 * The requests {@code serve --exit-after-start} sends to the server it started: one named query, one SPARQL query and
 * the home page, so that the classes of the paths a server uses most are loaded (and kept by a class-data-sharing
 * archive written at exit).
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Asks each request once and says what each answered. */
    static String askOnce(String baseUrl, String sparqlUrl) throws IOException {
        String sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }";
        List<String> urls = List.of(baseUrl + "/queries/headline-figures",
                sparqlUrl + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), baseUrl + "/");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> answers = new ArrayList<>();
        for (String url : urls) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.add(url.substring(baseUrl.length()).replaceFirst("\\?.*", "") + " " + r.statusCode());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return String.join(", ", answers);
    }
}
