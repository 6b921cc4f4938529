package org.gcmkg.cli;

import java.util.HashMap;
import java.util.Map;

import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/** A usage or input error of the command line, with a message of the {@code cli} bundle; exit code 2. */
final class CliException extends RuntimeException {
    private final String key;
    private final Map<String, Object> arguments;

    /** An error with message {@code key} and its arguments in name-value pairs. */
    CliException(String key, Object... namesAndValues) {
        super(key);
        this.key = key;
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        this.arguments = Map.copyOf(args);
    }

    /** The message in {@code language}. */
    String message(Language language) {
        return Messages.of("cli", language).format(key, arguments);
    }
}
