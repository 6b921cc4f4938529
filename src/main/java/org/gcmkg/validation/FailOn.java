package org.gcmkg.validation;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.shacl.validation.Severity;

/**
 * The least severity that makes a validation fail ({@code validate --fail-on}). {@link #VIOLATION}, the default,
 * passes warnings and infos (pySHACL's {@code --allow-warnings}); {@link #WARNING} passes only infos (pySHACL's
 * {@code --allow-infos}); {@link #INFO} fails on any result (pySHACL's default and SHACL's own
 * {@code sh:conforms}). Storing a submission always uses {@link #VIOLATION}: that is the gate's rule.
 */
public enum FailOn {
    /** Fail on a Violation only. */
    VIOLATION,
    /** Fail on a Violation or a Warning. */
    WARNING,
    /** Fail on any result. */
    INFO;

    /** The name as given on the command line: violation, warning or info. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named {@code name} (violation, warning or info, any case), if it is one. */
    public static Optional<FailOn> byName(String name) {
        for (FailOn f : values()) {
            if (f.optionName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether a result of {@code severity} makes the validation fail at this level. */
    public boolean fails(Severity severity) {
        return rank(severity) <= ordinal();
    }

    /** Whether {@code outcome} passes at this level: it has no result that {@link #fails} it. */
    public boolean passes(ValidationOutcome outcome) {
        return outcome.entries().stream().noneMatch(e -> fails(e.severity()));
    }

    /** 0 for a Violation, 1 for a Warning, 2 for an Info (and any other severity). */
    static int rank(Severity severity) {
        if (Severity.Violation.equals(severity)) {
            return 0;
        }
        return Severity.Warning.equals(severity) ? 1 : 2;
    }
}
