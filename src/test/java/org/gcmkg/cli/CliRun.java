package org.gcmkg.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One run of the command line in the test's JVM, with what it printed.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code gcm-kg args...} with an empty standard input and environment, and captures its output. */
    static CliRun of(String... args) {
        return with(new byte[0], Map.of(), args);
    }

    /** Runs {@code gcm-kg args...} reading {@code stdin} as standard input, in an empty environment. */
    static CliRun withInput(byte[] stdin, String... args) {
        return with(stdin, Map.of(), args);
    }

    /** Runs {@code gcm-kg args...} with {@code stdin} and the environment {@code env}. */
    static CliRun with(byte[] stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), env, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
