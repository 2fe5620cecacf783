package org.interphase.physics.czm;

import org.interphase.mesh.Mesh;

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

    /** @return the largest side of the bounding box of a mesh's nodes (its length scale). */
    public static double extent(Mesh m) {
        double e = 0;
        for (int d = 0; d < m.dim(); d++) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i = 0; i < m.nodeCount(); i++) {
                lo = Math.min(lo, m.x(i, d));
                hi = Math.max(hi, m.x(i, d));
            }
            e = Math.max(e, hi - lo);
        }
        return e;
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
