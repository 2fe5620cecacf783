package org.interphase.core;

import java.util.Locale;

/** Fail-fast checks that state the broken invariant in a sentence. */
public final class Checks {

    private Checks() {
    }

    /** Throws {@link IllegalArgumentException} (a programming error) when {@code cond} is false. */
    public static void verify(boolean cond, String format, Object... args) {
        if (!cond) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
        }
    }

    /** Throws {@link InputException} (a user error) when {@code cond} is false. */
    public static void input(boolean cond, String format, Object... args) {
        if (!cond) {
            throw new InputException(String.format(Locale.ROOT, format, args));
        }
    }

    /** Throws {@link SolverException} when any entry of {@code x} is NaN or infinite. */
    public static void finite(double[] x, String what) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw SolverException.of("%s has a non-finite value (%s) at index %d; reduce the time or load "
                        + "step, or check material parameters and boundary conditions", what, x[i], i);
            }
        }
    }
}
