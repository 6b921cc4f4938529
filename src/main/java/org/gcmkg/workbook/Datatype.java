package org.gcmkg.workbook;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The datatype of a column, as CSV on the Web describes it ({@code base}, {@code format}, {@code minimum},
 * {@code maximum}), with the two of this mapping ({@code gcmwb:dateOrPart}, {@code gcmwb:number}). It turns a cell
 * into a value with a canonical text (for URI templates) and an RDF literal, or names the problem.
 *
 * @param base    the base datatype's name
 * @param format  the CSVW format: a regular expression for strings, {@code yes|no} for booleans; or null
 * @param minimum the smallest allowed integer, or null
 * @param maximum the largest allowed integer, or null
 */
record Datatype(String base, String format, Long minimum, Long maximum) {
    /** Plain text, the default. */
    static final Datatype STRING = new Datatype("string", null, null, null);

    private static final Pattern INTEGER = Pattern.compile("^[+-]?[0-9]+$");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^([0-9]{4})-([0-9]{1,2})$");
    private static final Pattern ISO_DATE = Pattern.compile("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([0-9]{1,2})/([0-9]{4})$");
    /** A duration in whole years, months or days (P5Y, P180D, P1Y6M), as the report states them; xsd:duration has no weeks. */
    private static final Pattern DURATION = Pattern.compile("^P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+D)?$");

    /** A cell value that was read: its canonical text and its literal. */
    record Value(String text, Node literal) {
    }

    /** A cell that could not be read: a message key of the workbook bundle and its arguments. */
    static final class Problem extends Exception {
        private final String key;
        private final transient Object[] arguments;

        Problem(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    /** The values a boolean column writes for true and false. */
    String[] booleanWords() {
        String f = format == null ? "true|false" : format;
        return f.split("\\|", 2);
    }

    /** Reads one value (a piece of a cell split by the column's separator) in language {@code lang}, or null. */
    Value read(CellInput cell, String lang) throws Problem {
        String text = cell.text();
        switch (base) {
            case "integer":
            case "positiveInteger":
            case "nonNegativeInteger":
                return integer(cell);
            case "gcmwb:number":
                return number(cell);
            case "boolean":
                return bool(cell);
            case "gYear":
                return year(cell);
            case "gcmwb:dateOrPart":
                return dateOrPart(cell);
            case "duration":
                return duration(cell);
            case "anyURI":
                return uri(text);
            default:
                if (format != null && !Pattern.compile(format).matcher(text).matches()) {
                    throw new Problem(format.equals("^[a-z0-9]+(-[a-z0-9]+)*$") ? "cell.slug" : "cell.format",
                            "value", text, "pattern", format);
                }
                return new Value(text, lang == null ? NodeFactory.createLiteralString(text)
                        : NodeFactory.createLiteralLang(text, lang));
        }
    }

    /** The values a column of this datatype allows when they are few (booleans, small integer ranges, alternatives). */
    Optional<List<String>> enumerated() {
        if (base.equals("boolean")) {
            return Optional.of(List.of(booleanWords()));
        }
        if (base.equals("integer") && minimum != null && maximum != null && maximum - minimum <= 100) {
            List<String> values = new ArrayList<>();
            for (long i = minimum; i <= maximum; i++) {
                values.add(Long.toString(i));
            }
            return Optional.of(values);
        }
        if (format != null && format.matches("^\\^\\(([a-z0-9-]+\\|)*[a-z0-9-]+\\)\\$$")) {
            return Optional.of(List.of(format.substring(2, format.length() - 2).split("\\|")));
        }
        return Optional.empty();
    }

    /** Whether cells of this datatype are numbers in a workbook. */
    boolean numeric() {
        return base.equals("integer") || base.equals("positiveInteger") || base.equals("nonNegativeInteger")
                || base.equals("gcmwb:number");
    }

    private Value integer(CellInput cell) throws Problem {
        BigInteger n;
        if (cell.number() != null) {
            BigDecimal d = cell.number();
            if (d.stripTrailingZeros().scale() > 0) {
                throw new Problem("cell.integer", "value", cell.text());
            }
            n = d.toBigIntegerExact();
        } else if (INTEGER.matcher(cell.text()).matches()) {
            n = new BigInteger(cell.text().startsWith("+") ? cell.text().substring(1) : cell.text());
        } else {
            throw new Problem(NUMBER_LIKE.matcher(cell.text()).find() ? "cell.integerText" : "cell.integer",
                    "value", cell.text());
        }
        if (minimum != null && maximum != null && (n.compareTo(BigInteger.valueOf(minimum)) < 0
                || n.compareTo(BigInteger.valueOf(maximum)) > 0)) {
            throw new Problem("cell.range", "value", n.toString(), "min", minimum, "max", maximum);
        }
        if (base.equals("positiveInteger") && n.signum() <= 0) {
            throw new Problem("cell.positive", "value", n.toString());
        }
        if (base.equals("nonNegativeInteger") && n.signum() < 0) {
            throw new Problem("cell.nonNegative", "value", n.toString());
        }
        XSDDatatype type = base.equals("positiveInteger") ? XSDDatatype.XSDpositiveInteger
                : base.equals("nonNegativeInteger") ? XSDDatatype.XSDnonNegativeInteger : XSDDatatype.XSDinteger;
        return new Value(n.toString(), NodeFactory.createLiteralDT(n.toString(), type));
    }

    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9]");

    private static Value number(CellInput cell) throws Problem {
        BigDecimal d;
        if (cell.number() != null) {
            d = cell.number();
        } else if (NUMBER.matcher(cell.text()).matches()) {
            d = new BigDecimal(cell.text());
        } else {
            throw new Problem("cell.number", "value", cell.text());
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            String lexical = stripped.toBigIntegerExact().toString();
            return new Value(lexical, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDinteger));
        }
        String lexical = stripped.toPlainString();
        return new Value(lexical, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
    }

    private Value bool(CellInput cell) throws Problem {
        String[] words = booleanWords();
        String t = cell.text().toLowerCase(Locale.ROOT);
        boolean value;
        if (cell.bool() != null) {
            value = cell.bool();
        } else if (t.equals(words[0].toLowerCase(Locale.ROOT)) || t.equals("true") || t.equals("sí") || t.equals("si")) {
            value = true;
        } else if (t.equals(words[1].toLowerCase(Locale.ROOT)) || t.equals("false")) {
            value = false;
        } else {
            throw new Problem("cell.boolean", "value", cell.text(), "yes", words[0], "no", words[1]);
        }
        String lexical = Boolean.toString(value);
        return new Value(lexical, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDboolean));
    }

    private static Value year(CellInput cell) throws Problem {
        String t = cell.number() != null ? integralText(cell.number()) : cell.text();
        if (t == null || !YEAR.matcher(t).matches()) {
            throw new Problem("cell.year", "value", cell.text());
        }
        return new Value(t, NodeFactory.createLiteralDT(t, XSDDatatype.XSDgYear));
    }

    private static Value duration(CellInput cell) throws Problem {
        String t = cell.text().toUpperCase(Locale.ROOT);
        if (!DURATION.matcher(t).matches()) {
            throw new Problem("cell.duration", "value", cell.text());
        }
        return new Value(t, NodeFactory.createLiteralDT(t, XSDDatatype.XSDduration));
    }

    private static Value dateOrPart(CellInput cell) throws Problem {
        if (cell.date() != null) {
            return date(cell.date());
        }
        String t = cell.number() != null ? integralText(cell.number()) : cell.text();
        if (t == null) {
            throw new Problem("cell.date", "value", cell.text());
        }
        try {
            if (YEAR.matcher(t).matches()) {
                return new Value(t, NodeFactory.createLiteralDT(t, XSDDatatype.XSDgYear));
            }
            Matcher m = YEAR_MONTH.matcher(t);
            if (m.matches()) {
                return yearMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches()) {
                return yearMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO_DATE.matcher(t);
            if (m.matches()) {
                return date(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                return date(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            throw new Problem("cell.date", "value", cell.text());
        }
        throw new Problem("cell.date", "value", cell.text());
    }

    private static Value yearMonth(int year, int month) {
        String lexical = YearMonth.of(year, month).toString();
        return new Value(lexical, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDgYearMonth));
    }

    private static Value date(LocalDate date) {
        String lexical = date.toString();
        return new Value(lexical, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate));
    }

    private static Value uri(String text) throws Problem {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new Problem("cell.uri", "value", text);
            }
        } catch (URISyntaxException e) {
            throw new Problem("cell.uri", "value", text);
        }
        return new Value(text, NodeFactory.createLiteralDT(text, XSDDatatype.XSDanyURI));
    }

    private static String integralText(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? s.toBigIntegerExact().toString() : null;
    }
}
