package org.gcmkg.cli;

import java.util.List;

import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's usage errors, which it words in English, told in the user's language. */
final class UsageErrors {
    private UsageErrors() {
    }

    /** The error as a sentence of the {@code cli} bundle in {@code language}. */
    static String describe(ParameterException e, Language language) {
        Messages m = Messages.of("cli", language);
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException) {
            List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return first.startsWith("-") && first.length() > 1
                    ? m.format("usage.unknownOption", "option", first, "command", command)
                    : m.format("usage.unexpected", "argument", first, "command", command);
        }
        if (e instanceof MissingParameterException) {
            List<ArgSpec> missing = ((MissingParameterException) e).getMissing();
            ArgSpec arg = missing.isEmpty() ? null : missing.get(0);
            if (arg != null && arg.isOption()) {
                return m.format("usage.missingValue", "option", ((OptionSpec) arg).longestName(), "command", command);
            }
            if (arg != null && "FILE".equals(arg.paramLabel())) {
                return m.format("usage.missingFile", "command", command);
            }
            return m.format("usage.missingValue", "option", arg == null ? "" : arg.paramLabel(), "command", command);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            ArgSpec arg = e.getArgSpec();
            String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
            return m.format("usage.badValue", "value", e.getValue(), "option", name, "command", command);
        }
        return m.format("usage.other", "detail", e.getMessage(), "command", command);
    }
}
