package org.interphase.core;

/**
 * A numerical failure: a linear solver that diverged or stagnated, a Newton iteration that did not
 * converge after all cut-backs, a NaN in a field. The message says what failed, where, and what to try.
 * The CLI prints it and exits with status 3, after the last converged state has been written.
 */
public class SolverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Formats with {@link String#format}. */
    public static SolverException of(String format, Object... args) {
        return new SolverException(String.format(java.util.Locale.ROOT, format, args));
    }
}
