package org.gcmkg.query;

/**
 * A query kept as a {@code .rq} file: its name is the file name without extension, its description
 * the comment lines that open the file.
 *
 * @param name        the file name without {@code .rq}
 * @param description the opening comment, without the {@code #} marks
 * @param sparql      the whole file
 */
public record NamedQuery(String name, String description, String sparql) {

    /** Builds a named query from a file's text, taking the opening comment lines as its description. */
    public static NamedQuery of(String name, String text) {
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            description.append(t.replaceFirst("^#+ ?", "")).append('\n');
        }
        return new NamedQuery(name, description.toString().strip(), text);
    }
}
