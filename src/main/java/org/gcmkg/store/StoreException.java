package org.gcmkg.store;

/** The store cannot be opened or used, for example because another process holds it. */
public class StoreException extends RuntimeException {
    /** An error with its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
