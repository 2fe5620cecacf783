package org.interphase.physics.phasefield;

/**
 * The interpolation function h(xi) = xi^3 (6 xi^2 - 15 xi + 10) of physics.md section 4: h(0) = 0,
 * h(1) = 1, h'(0) = h'(1) = 0, so properties blend between electrolyte (xi = 0) and metal (xi = 1) and
 * the Butler-Volmer source h'(xi) = 30 xi^2 (1 - xi)^2 acts only in the interface.
 */
public final class InterpolationFunction {

    private InterpolationFunction() {
    }

    /** @return h(xi). */
    public static double value(double xi) {
        return xi * xi * xi * (xi * (6 * xi - 15) + 10);
    }

    /** @return h'(xi) = 30 xi^2 (1 - xi)^2. */
    public static double d1(double xi) {
        double a = xi * (1 - xi);
        return 30 * a * a;
    }

    /** @return h''(xi) = 60 xi (1 - xi)(1 - 2 xi). */
    public static double d2(double xi) {
        return 60 * xi * (1 - xi) * (1 - 2 * xi);
    }
}
