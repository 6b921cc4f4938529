package org.gcmkg.io;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.riot.Lang;

/**
 * Looks at submitted bytes before any parser does, and refuses what a parser would mishandle: bytes that are not
 * UTF-8 (refused with the byte offset, never replaced by U+FFFD), XML with a document type declaration or entities
 * (never resolved), an XML declaration naming another encoding, and nesting deeper than {@link #MAX_DEPTH} levels
 * (Turtle and TriG collections, blank nodes and graphs; JSON arrays and objects; XML elements), which would
 * otherwise exhaust the parser's stack.
 *
 * <p>It works on the bytes themselves and never decodes them into one string: every character the checks look for
 * is ASCII, and in UTF-8 no byte of a multi-byte character is an ASCII byte, so a scan of the bytes finds exactly
 * what a scan of the text would, without a copy of the submission (twice its size as UTF-16) on the heap.
 */
public final class InputScreen {
    /** The deepest nesting accepted: far more than any GCM data needs, far less than a parser's stack allows. */
    public static final int MAX_DEPTH = 64;
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

    private InputScreen() {
    }

    /** Checks the bytes; raises an {@link RdfInputException} naming the first problem. */
    public static void check(byte[] bytes, Lang lang, String sourceName) {
        checkUtf8(bytes, sourceName);
        if (Lang.RDFXML.equals(lang)) {
            screenXml(bytes, sourceName);
        } else if (Lang.JSONLD.equals(lang)) {
            checkDepth(bytes, sourceName, false);
        } else if (Lang.TURTLE.equals(lang) || Lang.TRIG.equals(lang)) {
            checkDepth(bytes, sourceName, true);
        }
    }

    /** Decodes through a small buffer that is reused, so that only the verdict is kept. */
    private static void checkUtf8(byte[] bytes, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new RdfInputException(sourceName, -1, "input.utf8",
                        Map.of("offset", Integer.toString(in.position())));
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        decoder.flush(out);
    }

    private static void screenXml(byte[] bytes, String sourceName) {
        if (indexOf(bytes, DOCTYPE) >= 0 || indexOf(bytes, ENTITY) >= 0) {
            throw new RdfInputException(sourceName, -1, "input.doctype", Map.of());
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8);
        Matcher m = XML_ENCODING.matcher(start.startsWith("\uFEFF") ? start.substring(1) : start);
        if (m.find() && !m.group(1).toUpperCase(Locale.ROOT).replace("_", "-").equals("UTF-8")) {
            throw new RdfInputException(sourceName, -1, "input.encoding", Map.of("encoding", m.group(1)));
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes), "UTF-8");
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RdfInputException(sourceName, -1, "input.doctype", Map.of());
                }
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                    throw tooDeep(sourceName, reader.getLocation().getLineNumber());
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            // Not well-formed: the RDF/XML parser reports it with its position.
        }
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The deepest nesting of brackets outside strings, IRIs and comments; Turtle and TriG have {@code <IRI>}s,
     * quoted strings in four forms and {@code #} comments, JSON only double-quoted strings.
     */
    private static void checkDepth(byte[] text, String sourceName, boolean turtle) {
        int depth = 0;
        long line = 1;
        int n = text.length;
        for (int i = 0; i < n; i++) {
            byte c = text[i];
            if (c == '\n') {
                line++;
            } else if (c == '"' || (turtle && c == '\'')) {
                boolean longString = turtle && i + 2 < n && text[i + 1] == c && text[i + 2] == c;
                i = longString ? i + 2 : i;
                for (i = i + 1; i < n; i++) {
                    byte d = text[i];
                    if (d == '\\') {
                        i++;
                    } else if (d == '\n') {
                        line++;
                    } else if (d == c && (!longString || (i + 2 < n && text[i + 1] == c && text[i + 2] == c))) {
                        i = longString ? i + 2 : i;
                        break;
                    }
                }
            } else if (turtle && c == '<') {
                while (i + 1 < n && text[i + 1] != '>' && text[i + 1] != '\n') {
                    i++;
                }
            } else if (turtle && c == '#') {
                while (i + 1 < n && text[i + 1] != '\n') {
                    i++;
                }
            } else if (c == '[' || c == '(' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw tooDeep(sourceName, line);
                }
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            }
        }
    }

    private static RdfInputException tooDeep(String sourceName, long line) {
        return new RdfInputException(sourceName, line, "input.depth",
                Map.of("line", Long.toString(line), "max", MAX_DEPTH));
    }
}
