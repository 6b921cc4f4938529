package org.gcmkg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a representation from the {@code Accept} header (RFC 9110 section 12.5.1), or from a
 * {@code ?format=} parameter that overrides it. Among types the client rates equally, the server's order
 * of preference decides.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {
    }

    /**
     * The representation to send.
     *
     * @param accept  the Accept header, or null
     * @param format  the {@code ?format=} parameter, or null
     * @param offered the representations on offer, in the server's order of preference
     * @return the choice; empty when nothing offered is acceptable (a 406)
     */
    public static Optional<Representation> choose(String accept, String format, List<Representation> offered) {
        if (format != null && !format.isBlank()) {
            return offered.stream().filter(r -> r.isNamedBy(format)).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<MediaRange> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : offered) {
            double q = quality(r, ranges);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the client gives a representation: that of the most specific range that matches it. */
    private static double quality(Representation r, List<MediaRange> ranges) {
        int bestSpecificity = -1;
        double q = 0;
        for (MediaRange range : ranges) {
            int s = range.specificity(r);
            if (s > bestSpecificity) {
                bestSpecificity = s;
                q = range.q;
            }
        }
        return q;
    }

    private static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";", -1);
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (!type.contains("/")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(param.substring(2).strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new MediaRange(type, Math.max(0, Math.min(1, q))));
        }
        return ranges;
    }

    private record MediaRange(String type, double q) {
        /** 3 for an exact type, 2 for {@code type/*}, 1 for {@code * / *}, -1 for no match. */
        int specificity(Representation r) {
            if (r.hasMediaType(type)) {
                return 3;
            }
            if (type.equals("*/*")) {
                return 1;
            }
            if (type.endsWith("/*") && r.mediaType().startsWith(type.substring(0, type.length() - 1))) {
                return 2;
            }
            return -1;
        }
    }
}
