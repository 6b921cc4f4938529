package org.gcmkg.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may write over HTTP: callers that present the operator's token, as {@code Authorization: Bearer TOKEN}
 * or as the password of HTTP Basic. With no token configured, HTTP writes are disabled.
 */
public final class WriteAuth {
    /** The environment variable that may hold the token. */
    public static final String TOKEN_ENV = "GCM_KG_WRITE_TOKEN";

    private final Optional<byte[]> token;

    private WriteAuth(Optional<byte[]> token) {
        this.token = token;
    }

    /** Writes need {@code token}; an empty one disables writes. */
    public static WriteAuth withToken(Optional<String> token) {
        return new WriteAuth(token.map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether HTTP writes are enabled at all. */
    public boolean enabled() {
        return token.isPresent();
    }

    /** Whether the request carries the token. */
    public boolean allows(HttpServletRequest request) {
        if (token.isEmpty()) {
            return false;
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            return false;
        }
        String presented = null;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = header.substring(7).strip();
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                presented = colon < 0 ? null : decoded.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        // A constant-time comparison does not tell an attacker how much of a guess was right.
        return presented != null && MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8));
    }
}
