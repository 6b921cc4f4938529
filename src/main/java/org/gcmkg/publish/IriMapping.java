package org.gcmkg.publish;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The correspondence between this server's URL space and the IRI space of the data: the path {@code /x/y}
 * on the server stands for the IRI {@code base + "x/y"}. With the default base, {@code GET /objective/7}
 * describes {@code https://w3id.org/gcm/objective/7}.
 *
 * @param iriBase the IRI that the server's root stands for; absolute, ending with a slash
 */
public record IriMapping(String iriBase) {
    /** Checks that the base is an absolute http(s) IRI ending with a slash. */
    public IriMapping {
        URI uri;
        try {
            uri = URI.create(iriBase);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("IRI base is not a valid IRI: " + iriBase, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || !iriBase.endsWith("/")
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("IRI base must be an http(s) IRI ending with '/', without query or"
                    + " fragment: " + iriBase);
        }
    }

    /**
     * The IRI a request path stands for. The path is the raw (percent-encoded) request path; the IRI holds
     * its decoded characters, as the data's IRIs do.
     */
    public String iriOf(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return iriBase + percentDecode(path);
    }

    /** Whether an IRI lies in the data's IRI space, and so is served here. */
    public boolean isLocal(String iri) {
        return iri.startsWith(iriBase);
    }

    /** The server path (from the root, with any fragment) that serves a local IRI; empty for other IRIs. */
    public Optional<String> pathOf(String iri) {
        return isLocal(iri) ? Optional.of("/" + iri.substring(iriBase.length())) : Optional.empty();
    }

    /** The IRI of a path under the base, such as {@code "catalog"}. */
    public String iri(String relative) {
        return iriBase + relative;
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
