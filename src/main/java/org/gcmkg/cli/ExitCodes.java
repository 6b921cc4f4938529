package org.gcmkg.cli;

/** The exit codes of every command. */
final class ExitCodes {
    /** Success, or the data conforms. */
    static final int OK = 0;
    /** The data does not conform to the shapes. */
    static final int NOT_CONFORMING = 1;
    /** Bad usage, or input that cannot be read. */
    static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
