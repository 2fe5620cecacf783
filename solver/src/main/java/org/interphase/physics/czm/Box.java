package org.interphase.physics.czm;

/**
 * An axis-aligned box [min, max] (closed, with a relative tolerance) that selects interface points: the
 * initially debonded zone or the zone a gap pressure acts on.
 *
 * @param min lower corner.
 * @param max upper corner.
 */
public record Box(double[] min, double[] max) {

    /** @return whether x lies in the box, with a tolerance of tol in every coordinate. */
    public boolean contains(double[] x, int off, int dim, double tol) {
        for (int d = 0; d < dim; d++) {
            if (x[off + d] < min[d] - tol || x[off + d] > max[d] + tol) {
                return false;
            }
        }
        return true;
    }

    /** @return this box with every coordinate divided by {@code length}. */
    public Box scaled(double length) {
        double[] lo = min.clone();
        double[] hi = max.clone();
        for (int d = 0; d < lo.length; d++) {
            lo[d] /= length;
            hi[d] /= length;
        }
        return new Box(lo, hi);
    }
}
