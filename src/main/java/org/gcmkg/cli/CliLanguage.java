package org.gcmkg.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gcmkg.text.Language;

/**
 * The language of the command line's messages: {@code --lang en|es}; without it, the environment: {@code
 * GCM_KG_LANG}, then the POSIX locale variables in their order of precedence ({@code LC_ALL}, {@code LC_MESSAGES},
 * {@code LANG}; {@code es_MX.UTF-8} is Spanish); English when none names one of our languages.
 */
final class CliLanguage {
    private static final List<String> VARIABLES = List.of("GCM_KG_LANG", "LC_ALL", "LC_MESSAGES", "LANG");

    private CliLanguage() {
    }

    /** The language the environment asks for, English by default. */
    static Language fromEnvironment(Map<String, String> env) {
        for (String variable : VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                // The first variable set decides, as POSIX does: LC_ALL=C means English even with LANG=es_MX.
                return tag(value).orElse(Language.EN);
            }
        }
        return Language.EN;
    }

    /** The language named by an option value or a POSIX locale name such as {@code es_MX.UTF-8}, if ours. */
    static Optional<Language> tag(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String t = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dot = t.indexOf('.');
        return Language.ofTag(dot >= 0 ? t.substring(0, dot) : t);
    }

    /** The language the command's default value provider gives {@code --lang} (the environment's), else English. */
    static Language defaultOf(picocli.CommandLine.Model.CommandSpec spec) {
        try {
            return spec.defaultValueProvider() == null ? Language.EN
                    : tag(spec.defaultValueProvider().defaultValue(spec.findOption("--lang"))).orElse(Language.EN);
        } catch (Exception e) {
            return Language.EN;
        }
    }

    /** The value of {@code --lang} in raw arguments ({@code --lang es} or {@code --lang=es}), if any. */
    static Optional<String> inArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Optional.of(args[i].substring("--lang=".length()));
            }
        }
        return Optional.empty();
    }
}
