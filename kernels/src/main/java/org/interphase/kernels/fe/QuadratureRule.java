package org.interphase.kernels.fe;

/**
 * A quadrature rule on a reference simplex: points (dim coordinates each, packed) and weights that sum
 * to the reference measure (1 for the line [0,1], 1/2 for the unit triangle, 1/6 for the unit
 * tetrahedron).
 *
 * @param dim     reference dimension (1, 2 or 3).
 * @param degree  highest total polynomial degree integrated exactly.
 * @param points  packed reference coordinates, dim per point.
 * @param weights one weight per point.
 */
public record QuadratureRule(int dim, int degree, double[] points, double[] weights) {

    /** @return number of points. */
    public int size() {
        return weights.length;
    }

    /** @return reference coordinate {@code d} of point {@code q}. */
    public double point(int q, int d) {
        return points[q * dim + d];
    }
}
