package org.sitrep.resolve;

/** A dictionary file that does not follow its documented format; the message names the file and line. */
public final class DictionaryException extends RuntimeException {
    public DictionaryException(String where, String problem) {
        super("dictionary " + where + ": " + problem + ". See docs/dictionaries.md for the format.");
    }
}
