package org.interphase.linalg;

import org.interphase.core.SolverException;

/**
 * Watches the residual history of an iterative solve and turns failures into {@link SolverException}s
 * that name the method, iteration and residual and say what to try: divergence (residual above
 * {@value #DIVERGENCE} times the initial one, or not finite), stagnation (the best residual did not
 * fall by a relative {@value #STAGNATION_DROP} within max(50, 10 % of maxIterations) iterations) and
 * the iteration limit. Stopping is ||r|| <= max(rtol ||b||, atol).
 */
final class IterationMonitor {

    static final double DIVERGENCE = 1e10;
    static final double STAGNATION_DROP = 1e-3;

    private final String method;
    private final double tolerance;
    private final double initial;
    private final int maxIterations;
    private final int window;
    private double reference;
    private int referenceIteration;

    /**
     * @param method        (Input) solver and preconditioner, for messages.
     * @param tolerance     (Input) absolute residual tolerance.
     * @param initial       (Input) initial residual norm.
     * @param maxIterations (Input) iteration limit.
     */
    IterationMonitor(String method, double tolerance, double initial, int maxIterations) {
        this.method = method;
        this.tolerance = tolerance;
        this.initial = initial;
        this.maxIterations = maxIterations;
        this.window = Math.max(50, maxIterations / 10);
        this.reference = initial;
    }

    /** @return the stopping tolerance max(rtol ||b||, atol). */
    static double tolerance(SolverOptions options, double normB) {
        return Math.max(options.rtol * normB, options.atol);
    }

    double tolerance() {
        return tolerance;
    }

    boolean converged(double residual) {
        return residual <= tolerance;
    }

    /**
     * Records the residual after an iteration.
     *
     * @throws SolverException on a non-finite residual, divergence, stagnation or the iteration limit.
     */
    void record(int iteration, double residual) {
        if (!Double.isFinite(residual)) {
            throw SolverException.of("%s produced a non-finite residual (%s) at iteration %d; check the matrix "
                    + "and right-hand side for NaN or Inf, or try method direct", method, residual, iteration);
        }
        if (residual > DIVERGENCE * initial) {
            throw SolverException.of("%s diverged at iteration %d: residual %.3e is more than %.0e times the "
                    + "initial residual %.3e; the matrix may be indefinite or the preconditioner unsuitable, "
                    + "try gmres, a different preconditioner, or method direct",
                    method, iteration, residual, DIVERGENCE, initial);
        }
        if (residual < (1 - STAGNATION_DROP) * reference) {
            reference = residual;
            referenceIteration = iteration;
        } else if (iteration - referenceIteration >= window && !converged(residual)) {
            throw SolverException.of("%s stagnated at iteration %d: residual %.3e, the best residual %.3e has "
                    + "not dropped by a relative %.0e in %d iterations; the system may be singular or inconsistent, "
                    + "or the preconditioner too weak: try a stronger preconditioner (amg), a larger restart for "
                    + "gmres, or method direct",
                    method, iteration, residual, reference, STAGNATION_DROP, window);
        }
        if (iteration >= maxIterations && !converged(residual)) {
            throw SolverException.of("%s reached the maximum of %d iterations: residual %.3e (relative %.3e) "
                    + "is above the tolerance %.3e; try a stronger preconditioner (amg), a larger maxIterations, "
                    + "or method direct", method, maxIterations, residual, residual / initial, tolerance);
        }
    }

    /** @return a breakdown failure at {@code iteration}, with the quantity that vanished and advice. */
    SolverException breakdown(int iteration, double residual, String what, String advice) {
        return SolverException.of("%s broke down at iteration %d (residual %.3e): %s; %s",
                method, iteration, residual, what, advice);
    }
}
