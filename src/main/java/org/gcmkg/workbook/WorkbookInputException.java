package org.gcmkg.workbook;

import org.gcmkg.text.Language;
import org.gcmkg.text.Messages;

/**
 * A workbook or CSV form that cannot be read at all (not a workbook, macros, past a size cap, a zip bomb, ...): it
 * names the problem in the bundle {@code workbook} and nothing is stored.
 */
public final class WorkbookInputException extends RuntimeException {
    private final String key;
    private final transient Object[] arguments;
    private final boolean tooLarge;

    WorkbookInputException(String key, Object... arguments) {
        this(false, key, arguments);
    }

    private WorkbookInputException(boolean tooLarge, String key, Object... arguments) {
        super(Messages.of("workbook", Language.EN).format(key, arguments));
        this.key = key;
        this.arguments = arguments;
        this.tooLarge = tooLarge;
    }

    /** An input past a size cap (HTTP 413). */
    static WorkbookInputException tooLarge(String key, Object... arguments) {
        return new WorkbookInputException(true, key, arguments);
    }

    /** Whether the input was refused for its size. */
    public boolean tooLarge() {
        return tooLarge;
    }

    /** The message in {@code language}. */
    public String message(Language language) {
        return Messages.of("workbook", language).format(key, arguments);
    }

    /** The message key in the {@code workbook} bundle. */
    public String key() {
        return key;
    }
}
