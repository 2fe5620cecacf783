package org.interphase.kernels;

import java.util.Locale;

/**
 * Options of a device-resident preconditioned conjugate-gradient solve ({@link Device#pcg}).
 * Convergence: ||b - A x||_2 <= max(rtol ||b||_2, atol).
 */
public final class PcgOptions {
    /** Relative residual tolerance ||r|| / ||b||. */
    public double rtol = 1e-10;
    /** Absolute residual tolerance. */
    public double atol = 0.0;
    /** Iteration limit. */
    public int maxIterations = 2000;

    /** @return options with the given relative tolerance and iteration limit, atol = 0. */
    public static PcgOptions of(double rtol, int maxIterations) {
        PcgOptions o = new PcgOptions();
        o.rtol = rtol;
        o.maxIterations = maxIterations;
        return o;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pcg+jacobi rtol=%g atol=%g maxIterations=%d", rtol, atol, maxIterations);
    }
}
