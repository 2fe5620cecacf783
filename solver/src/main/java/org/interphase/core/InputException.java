package org.interphase.core;

/**
 * Bad user input: a malformed case file, an unknown key, a wrong unit, a broken mesh, a missing
 * region. The message is a full sentence that names the file (and line or element when known) and
 * says what to do. The CLI prints it and exits with status 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Formats with {@link String#format}. */
    public static InputException of(String format, Object... args) {
        return new InputException(String.format(java.util.Locale.ROOT, format, args));
    }
}
