package org.gcmkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gcmkg.io.Checksums;
import org.gcmkg.publish.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the pages' assets under {@code /assets/}: the stylesheet and scripts of this package, the editor
 * bundle and the chart library from their WebJars, and the prefixes the editor completes. Only the files listed here are served, read once
 * at start; each has its checksum as ETag, so browsers revalidate cheaply.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The version of the {@code org.webjars.npm:zazuko__yasgui} WebJar in the POM. */
    static final String YASGUI_VERSION = "4.5.0";
    private static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/" + YASGUI_VERSION + "/build/";
    /** The version of the {@code org.webjars.npm:chart.js} WebJar in the POM. */
    static final String CHART_JS_VERSION = "4.4.1";
    private static final String CHART_JS = "META-INF/resources/webjars/chart.js/" + CHART_JS_VERSION + "/";
    private static final String OWN = "org/gcmkg/web/assets/";
    private static final String JS = "text/javascript;charset=utf-8";
    private static final String CSS = "text/css;charset=utf-8";

    private final transient Map<String, Asset> assets = new LinkedHashMap<>();

    private record Asset(String contentType, byte[] body, String etag) {
    }

    AssetServlet() {
        add("site.css", CSS, resource(OWN + "site.css"));
        add("icon.svg", "image/svg+xml", resource(OWN + "icon.svg"));
        add("messages.js", JS, resource(OWN + "messages.js"));
        add("explore.js", JS, resource(OWN + "explore.js"));
        add("validator.js", JS, resource(OWN + "validator.js"));
        add("validator.css", CSS, resource(OWN + "validator.css"));
        add("yasgui/yasgui.min.js", JS, resource(YASGUI + "yasgui.min.js"));
        add("yasgui/yasgui.min.css", CSS, resource(YASGUI + "yasgui.min.css"));
        add("yasgui/yasgui.min.js.LICENSE.txt", "text/plain;charset=utf-8",
                resource(YASGUI + "yasgui.min.js.LICENSE.txt"));
        add("chart/chart.umd.js", JS, resource(CHART_JS + "dist/chart.umd.js"));
        add("chart/LICENSE.md", "text/plain;charset=utf-8", resource(CHART_JS + "LICENSE.md"));
        add("prefixes.json", "application/json", prefixes());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Optional.ofNullable(req.getPathInfo()).map(p -> p.substring(1)).orElse("");
        Asset asset = assets.get(name);
        if (asset == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setHeader("ETag", asset.etag);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(asset.etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(asset.contentType);
        resp.setContentLength(asset.body.length);
        resp.getOutputStream().write(asset.body);
    }

    private void add(String name, String contentType, byte[] body) {
        assets.put(name, new Asset(contentType, body, "\"" + Checksums.sha256(body) + "\""));
    }

    /**
     * The prefixes that the editor completes after {@code PREFIX}, in the shape of prefix.cc's
     * {@code all.file.json}: those the published documents use, so that the editor never asks prefix.cc.
     */
    private static byte[] prefixes() {
        StringBuilder b = new StringBuilder("{");
        Namespaces.PREFIXES.getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('\n').append(ScriptText.json(e.getKey())).append(": ").append(ScriptText.json(e.getValue()));
        });
        return b.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + path, e);
        }
    }
}
