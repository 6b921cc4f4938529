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
 * bundle and the chart library from their WebJars, and the prefixes the editor completes. Only the files listed here
 * are served, read once, when the first asset is asked for (not at start: reading and hashing the bundles would delay
 * the first answer); each has its checksum as ETag, so browsers revalidate cheaply.
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

    private transient Map<String, Asset> assets;

    private record Asset(String contentType, byte[] body, String etag) {
    }

    private synchronized Map<String, Asset> assets() {
        if (assets == null) {
            assets = read();
        }
        return assets;
    }

    private static Map<String, Asset> read() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        add(assets, "site.css", CSS, resource(OWN + "site.css"));
        add(assets, "icon.svg", "image/svg+xml", resource(OWN + "icon.svg"));
        add(assets, "messages.js", JS, resource(OWN + "messages.js"));
        add(assets, "explore.js", JS, resource(OWN + "explore.js"));
        add(assets, "validator.js", JS, resource(OWN + "validator.js"));
        add(assets, "validator.css", CSS, resource(OWN + "validator.css"));
        add(assets, "yasgui/yasgui.min.js", JS, resource(YASGUI + "yasgui.min.js"));
        add(assets, "yasgui/yasgui.min.css", CSS, resource(YASGUI + "yasgui.min.css"));
        add(assets, "yasgui/yasgui.min.js.LICENSE.txt", "text/plain;charset=utf-8",
                resource(YASGUI + "yasgui.min.js.LICENSE.txt"));
        add(assets, "chart/chart.umd.js", JS, resource(CHART_JS + "dist/chart.umd.js"));
        add(assets, "chart/LICENSE.md", "text/plain;charset=utf-8", resource(CHART_JS + "LICENSE.md"));
        add(assets, "prefixes.json", "application/json", prefixes());
        return assets;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Optional.ofNullable(req.getPathInfo()).map(p -> p.substring(1)).orElse("");
        Asset asset = assets().get(name);
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

    private static void add(Map<String, Asset> assets, String name, String contentType, byte[] body) {
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
