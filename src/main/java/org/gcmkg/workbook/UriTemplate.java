package org.gcmkg.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URI template of RFC 6570 level 2 as CSV on the Web uses them: literal text with {@code {name}} (value
 * percent-encoded) and {@code {+name}} (reserved characters kept). It expands with the variables of a row, and
 * matches an IRI back to the variables that would expand to it (used to export a graph to rows).
 */
final class UriTemplate {
    private static final Pattern EXPRESSION = Pattern.compile("\\{(\\+?)([A-Za-z0-9_]+)}");

    private final String text;
    private final List<Object> parts = new ArrayList<>();
    private final Pattern regex;
    private final List<String> groupNames = new ArrayList<>();

    private UriTemplate(String text) {
        this.text = text;
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder re = new StringBuilder("^");
        int last = 0;
        while (m.find()) {
            String literal = text.substring(last, m.start());
            if (!literal.isEmpty()) {
                parts.add(literal);
                re.append(Pattern.quote(literal));
            }
            Variable v = new Variable(m.group(2), !m.group(1).isEmpty());
            parts.add(v);
            re.append(v.reserved ? "(.+)" : "([^/#?]+)");
            groupNames.add(v.name);
            last = m.end();
        }
        String tail = text.substring(last);
        if (!tail.isEmpty()) {
            parts.add(tail);
            re.append(Pattern.quote(tail));
        }
        this.regex = Pattern.compile(re.append('$').toString());
    }

    /** The template of {@code text}. */
    static UriTemplate of(String text) {
        return new UriTemplate(text);
    }

    /** The template as written. */
    String text() {
        return text;
    }

    /** The names of its variables, in order. */
    List<String> variables() {
        return List.copyOf(groupNames);
    }

    /** The expansion, or empty when a variable has no value. */
    Optional<String> expand(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Variable v) {
                String value = values.get(v.name);
                if (value == null || value.isEmpty()) {
                    return Optional.empty();
                }
                sb.append(v.reserved ? value : encode(value));
            } else {
                sb.append((String) p);
            }
        }
        return Optional.of(sb.toString());
    }

    /** The variables that expand to {@code iri}, or empty when it does not follow the template. */
    Optional<Map<String, String>> match(String iri) {
        Matcher m = regex.matcher(iri);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < groupNames.size(); i++) {
            String value = decode(m.group(i + 1));
            String previous = values.putIfAbsent(groupNames.get(i), value);
            if (previous != null && !previous.equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** Whether every variable of this template has a value in {@code values}. */
    boolean expandableWith(Map<String, String> values) {
        return groupNames.stream().allMatch(n -> values.get(n) != null && !values.get(n).isEmpty());
    }

    private static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        return java.net.URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text;
    }

    private record Variable(String name, boolean reserved) {
    }
}
