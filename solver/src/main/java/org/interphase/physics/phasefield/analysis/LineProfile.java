package org.interphase.physics.phasefield.analysis;

import org.interphase.core.Checks;

/**
 * A nodal field sampled along a path: a straight segment from A to B (seed 004 Fig. 4f's "A to B"
 * interfacial stress) or a polyline such as the metal surface from {@link MarchingTriangles}. Points
 * outside the mesh get NaN.
 *
 * @param arcLength distance along the path from its first point, m.
 * @param points    sample points, packed dim per point.
 * @param values    the field at each point, NaN outside the mesh.
 */
public record LineProfile(double[] arcLength, double[] points, double[] values) {

    /**
     * Samples n equally spaced points from a to b, both ends included.
     *
     * @param locator (Input) locator of the field's mesh.
     * @param field   (Input) one value per node. Not modified.
     * @param a       (Input) start point, dim coordinates. Not modified.
     * @param b       (Input) end point. Not modified.
     * @param n       (Input) number of samples, at least 2.
     * @return the profile.
     */
    public static LineProfile segment(CellLocator locator, double[] field, double[] a, double[] b, int n) {
        int dim = locator.mesh().dim();
        Checks.verify(a.length == dim && b.length == dim, "segment end points need %d coordinates", dim);
        Checks.verify(n >= 2, "a line profile needs at least 2 samples, got %d", n);
        double len = 0.0;
        for (int d = 0; d < dim; d++) {
            len += (b[d] - a[d]) * (b[d] - a[d]);
        }
        len = Math.sqrt(len);
        double[] s = new double[n];
        double[] pts = new double[n * dim];
        double[] vals = new double[n];
        double[] x = new double[dim];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            for (int d = 0; d < dim; d++) {
                x[d] = a[d] + t * (b[d] - a[d]);
                pts[i * dim + d] = x[d];
            }
            s[i] = t * len;
            vals[i] = locator.evaluate(field, x);
        }
        return new LineProfile(s, pts, vals);
    }

    /**
     * Samples a 2D field at the points of a polyline.
     *
     * @param locator (Input) locator of a 2D mesh.
     * @param field   (Input) one value per node. Not modified.
     * @param path    (Input) the polyline. Not modified.
     * @return the profile, one sample per polyline point.
     */
    public static LineProfile along(CellLocator locator, double[] field, Polyline path) {
        Checks.verify(locator.mesh().dim() == 2, "polyline profiles need a 2D mesh");
        int n = path.size();
        double[] vals = new double[n];
        double[] x = new double[2];
        for (int i = 0; i < n; i++) {
            x[0] = path.x(i);
            x[1] = path.y(i);
            vals[i] = locator.evaluate(field, x);
        }
        return new LineProfile(path.arcLength(), path.xy().clone(), vals);
    }
}
