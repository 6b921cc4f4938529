package org.gcmkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The benchmark's HTTP client: one request at a time per call, the body read whole. */
final class Http {
    /** JSON results of SELECT and ASK. */
    static final String JSON = "application/sparql-results+json";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** An answer: status and body size; status -1 when the request failed or timed out. */
    record Answer(int status, long bytes, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static HttpRequest get(String url, String accept, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", accept).GET().build();
    }

    /** A SPARQL query by POST, form-encoded. */
    static HttpRequest query(String endpoint, String query, String accept, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    static HttpRequest post(String url, byte[] body, String contentType, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body().length(), r.body());
        } catch (IOException e) {
            return new Answer(-1, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, 0, "interrupted");
        }
    }
}
