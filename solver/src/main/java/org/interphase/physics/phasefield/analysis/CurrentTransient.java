package org.interphase.physics.phasefield.analysis;

import org.interphase.core.Checks;
import org.interphase.core.InputException;

/**
 * The plating current of a phase-field run from its metal content: i(t) = n F c_s d/dt integral(xi) dV
 * (physics.md 6), divided by the electrode area for a current density. The derivative of a sampled series
 * on non-uniform steps is taken from the quadratic through three neighbouring samples: central (points
 * i-1, i, i+1) inside, one-sided (the first or last three) at the ends, all second-order accurate; two
 * samples give their difference quotient.
 */
public final class CurrentTransient {

    private CurrentTransient() {
    }

    /**
     * @param t (Input) strictly increasing times, at least 2. Not modified.
     * @param y (Input) values at those times. Not modified.
     * @return dy/dt at every time.
     * @throws InputException if the times do not increase or fewer than 2 are given.
     */
    public static double[] derivative(double[] t, double[] y) {
        Checks.verify(t.length == y.length, "%d times but %d values", t.length, y.length);
        if (t.length < 2) {
            throw InputException.of("a time derivative needs at least 2 samples, got %d", t.length);
        }
        for (int i = 1; i < t.length; i++) {
            if (!(t[i] > t[i - 1])) {
                throw InputException.of("time must increase: sample %d has t = %s after t = %s", i, t[i], t[i - 1]);
            }
        }
        int n = t.length;
        double[] d = new double[n];
        if (n == 2) {
            d[0] = (y[1] - y[0]) / (t[1] - t[0]);
            d[1] = d[0];
            return d;
        }
        for (int i = 0; i < n; i++) {
            int c = Math.min(Math.max(i, 1), n - 2);
            d[i] = quadraticSlope(t[c - 1], t[c], t[c + 1], y[c - 1], y[c], y[c + 1], t[i]);
        }
        return d;
    }

    /**
     * Current density from the metal content of a run.
     *
     * @param t           (Input) times in s, increasing. Not modified.
     * @param integral    (Input) integral of xi at each time (m^3, or m^2 per unit depth). Not modified.
     * @param valence     (Input) n.
     * @param siteDensity (Input) c_s in mol/m^3.
     * @param area        (Input) electrode area (m^2, or m per unit depth), positive.
     * @return i(t) in A/m^2, positive while metal plates.
     */
    public static double[] currentDensity(double[] t, double[] integral, int valence, double siteDensity,
            double area) {
        Checks.verify(area > 0, "electrode area must be positive, got %s", area);
        double[] d = derivative(t, integral);
        for (int i = 0; i < d.length; i++) {
            d[i] = Faraday.charge(valence, siteDensity, d[i]) / area;
        }
        return d;
    }

    /** Slope at x of the quadratic through (x0, y0), (x1, y1), (x2, y2). */
    static double quadraticSlope(double x0, double x1, double x2, double y0, double y1, double y2, double x) {
        double l0 = ((x - x1) + (x - x2)) / ((x0 - x1) * (x0 - x2));
        double l1 = ((x - x0) + (x - x2)) / ((x1 - x0) * (x1 - x2));
        double l2 = ((x - x0) + (x - x1)) / ((x2 - x0) * (x2 - x1));
        return l0 * y0 + l1 * y1 + l2 * y2;
    }
}
