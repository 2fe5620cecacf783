package org.interphase.physics.phasefield;

/**
 * The double-well barrier g(xi) = xi^2 (1 - xi)^2 of the phase-field models (physics.md section 4), with
 * minima at xi = 0 (electrolyte) and xi = 1 (metal) and height 1/16 at xi = 1/2; a model multiplies it by
 * its barrier height W (J/m^3). PFHub benchmark 7 writes the derivative as 4 xi (xi - 1)(xi - 1/2) = g'(xi).
 */
public final class DoubleWellEnergy {

    private DoubleWellEnergy() {
    }

    /** @return g(xi). */
    public static double value(double xi) {
        double a = xi * (1 - xi);
        return a * a;
    }

    /** @return g'(xi) = 2 xi (1 - xi)(1 - 2 xi). */
    public static double d1(double xi) {
        return 2 * xi * (1 - xi) * (1 - 2 * xi);
    }

    /** @return g''(xi) = 2 - 12 xi + 12 xi^2. */
    public static double d2(double xi) {
        return 2 - 12 * xi + 12 * xi * xi;
    }
}
