package org.gcmkg.store;

import org.gcmkg.validation.ValidationOutcome;

/**
 * Brings a store's curated graphs up to a project's content without redoing unchanged work: when the store already
 * holds content of the same digest ({@link ProjectFiles#digest()}), which was validated before it was loaded, nothing
 * is validated or loaded again; otherwise the content is validated against the shapes and, if it conforms, loaded
 * (by difference) and its digest recorded. Every command that opens a store goes through here, so a store never
 * holds curated content that did not conform.
 */
public final class CuratedSync {
    private CuratedSync() {
    }

    /** What a sync did. */
    public enum Action {
        /** The store held this content already: not validated, not loaded. */
        UNCHANGED,
        /** The content was validated and loaded. */
        LOADED,
        /** The content does not conform: nothing was loaded. */
        REFUSED
    }

    /**
     * The outcome of a sync.
     *
     * @param action     what was done
     * @param digest     the digest of the project's content
     * @param validation the validation's outcome, or null when nothing was validated
     */
    public record StartupOutcome(Action action, String digest, ValidationOutcome validation) {
        /** A one-line account for the log. */
        public String describe() {
            String shortDigest = digest.substring(0, 12);
            switch (action) {
                case UNCHANGED:
                    return "curated content unchanged (sha256 " + shortDigest + "…): not validated or loaded again";
                case LOADED:
                    return "curated content (sha256 " + shortDigest + "…) validated and loaded";
                default:
                    return "curated content (sha256 " + shortDigest + "…) does not conform: not loaded";
            }
        }
    }

    /** Syncs {@code store} with {@code project}'s curated content. */
    public static StartupOutcome sync(GcmStore store, Project project) {
        String digest = project.files().digest();
        if (store.curatedDigest().filter(digest::equals).isPresent()) {
            return new StartupOutcome(Action.UNCHANGED, digest, null);
        }
        ValidationOutcome outcome = project.validateCurated();
        if (!outcome.accepted()) {
            return new StartupOutcome(Action.REFUSED, digest, outcome);
        }
        store.loadCurated(project.data(), digest);
        return new StartupOutcome(Action.LOADED, digest, outcome);
    }
}
