package org.gcmkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

/**
 * User-facing text of one area of the service in one language, from the bundle
 * {@code org/gcmkg/text/{area}_{lang}.properties} (UTF-8), formatted with ICU's MessageFormat so that plural
 * and select forms follow each language's rules ({@code {count, plural, one {# violation} other {# violations}}}).
 * Each area (for example {@code gate}, {@code cli}, {@code http}, {@code web}) has a bundle of its own, with the
 * same keys in every language (a test checks that).
 */
public final class Messages {
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String area;
    private final Language language;
    private final Properties texts;

    private Messages(String area, Language language, Properties texts) {
        this.area = area;
        this.language = language;
        this.texts = texts;
    }

    /** The messages of {@code area} in {@code language}. */
    public static Messages of(String area, Language language) {
        return CACHE.computeIfAbsent(area + "_" + language.code(), k -> new Messages(area, language, load(k)));
    }

    /** The language of these messages. */
    public Language language() {
        return language;
    }

    /**
     * The message {@code key} with named arguments, for example {@code format("violations", "count", 2)}; arguments
     * come in name-value pairs.
     *
     * @throws IllegalArgumentException if the bundle has no such key or the arguments are not in pairs
     */
    public String format(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of message '" + key + "' must come in name-value pairs");
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return format(key, arguments);
    }

    /** The message {@code key} with the given named arguments. */
    public String format(String key, Map<String, Object> arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in bundle " + area + "_" + language.code());
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** The name of the area these messages belong to. */
    public String area() {
        return area;
    }

    /** The unformatted pattern of message {@code key}, or null if the bundle has none. */
    public String pattern(String key) {
        return texts.getProperty(key);
    }

    /** Whether the bundle has a message {@code key}. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The keys of this bundle, sorted. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        texts.stringPropertyNames().forEach(keys::add);
        return keys;
    }

    private static Properties load(String name) {
        String resource = name + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no message bundle " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
