package org.gcmkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.gcmkg.ingest.SizeLimit;
import org.gcmkg.ingest.SubmissionInput;
import org.gcmkg.validation.SubmittedFile;

/**
 * Reads the RDF inputs of {@code validate} and {@code ingest}: a file, or standard input for {@code -}, up to the
 * size cap, in the syntax {@code --input-format} names or, without it, the file's extension.
 */
final class InputReader {
    /** The name standard input is given on the command line and in reports. */
    static final String STDIN = "-";

    private final InputStream stdin;
    private final Lang syntax;
    private final SizeLimit limit;

    /** A reader of {@code stdin} and files, in {@code syntax} (null: by extension), up to {@code limit}. */
    InputReader(InputStream stdin, Lang syntax, SizeLimit limit) {
        this.stdin = stdin;
        this.syntax = syntax;
        this.limit = limit;
    }

    /** What was read, and the input for the gate. */
    record Read(SubmittedFile file, SubmissionInput input) {
    }

    /** The syntax {@code --input-format} names, or null when it is not given. */
    static Lang syntax(String inputFormat) {
        if (inputFormat == null) {
            return null;
        }
        return InputSyntax.byName(inputFormat).map(InputSyntax::lang).orElseThrow(() -> new CliException(
                "usage.inputFormat", "name", inputFormat, "formats", InputSyntax.names()));
    }

    /** The syntax of input {@code name}: the one given, else by extension; a CliException when neither says. */
    Lang syntaxOf(String name) {
        if (syntax != null) {
            return syntax;
        }
        if (name.equals(STDIN)) {
            throw new CliException("input.stdinSyntax", "formats", InputSyntax.names());
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        Optional<InputSyntax> ours = java.util.Arrays.stream(InputSyntax.values()).filter(s -> s.lang().equals(lang)).findFirst();
        return ours.map(InputSyntax::lang).orElseThrow(() -> new CliException(
                "input.unknownSyntax", "file", name, "formats", InputSyntax.names()));
    }

    /** Reads input {@code name}; a CliException names a missing, unreadable or oversized one. */
    Read read(String name) {
        Lang lang = syntaxOf(name);
        byte[] bytes;
        try {
            if (name.equals(STDIN)) {
                bytes = limit.read(stdin, name);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(name))) {
                    bytes = limit.read(in, name);
                }
            }
        } catch (NoSuchFileException e) {
            throw new CliException("input.notFound", "file", name);
        } catch (AccessDeniedException e) {
            throw new CliException("input.unreadable", "file", name, "detail", "access denied");
        } catch (IOException e) {
            throw new CliException("input.unreadable", "file", name, "detail", String.valueOf(e.getMessage()));
        } catch (SizeLimit.TooLargeException e) {
            throw new CliException("input.tooLarge", "file", name, "max", limit.maxBytes());
        }
        return new Read(SubmittedFile.of(name, bytes), new SubmissionInput(bytes, lang, name));
    }
}
