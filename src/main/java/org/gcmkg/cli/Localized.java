package org.gcmkg.cli;

import org.gcmkg.text.Language;

/** A command whose messages, errors included, are in the language of its {@code --lang}. */
interface Localized {
    /** The language asked for, or the environment's when {@code --lang} is missing or not one of ours. */
    Language language();
}
