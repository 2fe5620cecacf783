package org.interphase.kernels.fe;

/**
 * Quadrature rules on the reference line [0,1], triangle {x,y >= 0, x+y <= 1} and tetrahedron
 * {x,y,z >= 0, x+y+z <= 1}.
 *
 * <p>Symmetric rules with positive weights are used where they are short: triangle degree 1 (centroid),
 * 2 (3 edge-interior points), 4 (6 points) and 5 (7 points) from Dunavant, IJNME 21 (1985) 1129;
 * tetrahedron degree 1 and 2 (4 points, Keast 1986). Every other degree uses a collapsed (Duffy / Stroud
 * conical-product) Gauss-Legendre rule, exact for the requested degree with positive weights.
 * Lines use Gauss-Legendre, or closed Newton-Cotes (trapezoid, Simpson) on request for cohesive elements.
 */
public final class Quadrature {

    private Quadrature() {
    }

    /**
     * @param dim    (Input) 1, 2 or 3.
     * @param degree (Input) polynomial degree to integrate exactly (>= 0).
     * @return a rule with positive weights exact to at least {@code degree}.
     */
    public static QuadratureRule simplex(int dim, int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("quadrature degree must be >= 0, got " + degree);
        }
        switch (dim) {
            case 1: return gaussLine(Math.max(1, (degree + 2) / 2));
            case 2: return triangle(degree);
            case 3: return tetrahedron(degree);
            default: throw new IllegalArgumentException("no simplex of dimension " + dim);
        }
    }

    /** @return the n-point Gauss-Legendre rule on [0,1] (exact to degree 2n-1). */
    public static QuadratureRule gaussLine(int n) {
        double[][] gl = gaussLegendre(n);
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * (gl[0][i] + 1.0);
            w[i] = 0.5 * gl[1][i];
        }
        return new QuadratureRule(1, 2 * n - 1, x, w);
    }

    /**
     * Closed Newton-Cotes rule on [0,1] with n = 2 (trapezoid) or 3 (Simpson) points at the element
     * nodes: cohesive elements integrated this way decouple node pairs and avoid traction oscillations.
     */
    public static QuadratureRule newtonCotesLine(int n) {
        if (n == 2) {
            return new QuadratureRule(1, 1, new double[] {0.0, 1.0}, new double[] {0.5, 0.5});
        }
        if (n == 3) {
            return new QuadratureRule(1, 3, new double[] {0.0, 1.0, 0.5}, new double[] {1.0 / 6, 1.0 / 6, 4.0 / 6});
        }
        throw new IllegalArgumentException("Newton-Cotes lines with 2 or 3 points only, got " + n);
    }

    /**
     * Closed nodal rule on the reference triangle: the 3 vertices (degree 1) for linear cohesive facets;
     * for quadratic (TRI6) facets the vertex weights are zero in the exact rule, so the 3 edge midpoints
     * (degree 2) are used, in TRI6 node order 3, 4, 5.
     */
    public static QuadratureRule newtonCotesTriangle(int nodes) {
        if (nodes == 3) {
            return new QuadratureRule(2, 1, new double[] {0, 0, 1, 0, 0, 1}, new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6});
        }
        if (nodes == 6) {
            return new QuadratureRule(2, 2, new double[] {0.5, 0, 0.5, 0.5, 0, 0.5},
                    new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6});
        }
        throw new IllegalArgumentException("nodal triangle rules with 3 or 6 nodes only, got " + nodes);
    }

    private static QuadratureRule triangle(int degree) {
        switch (degree) {
            case 0:
            case 1:
                return new QuadratureRule(2, 1, new double[] {1.0 / 3, 1.0 / 3}, new double[] {0.5});
            case 2: {
                double[] p = {1.0 / 6, 1.0 / 6, 2.0 / 3, 1.0 / 6, 1.0 / 6, 2.0 / 3};
                return new QuadratureRule(2, 2, p, new double[] {1.0 / 6, 1.0 / 6, 1.0 / 6});
            }
            case 3:
            case 4: {
                double a = 0.445948490915965;
                double b = 0.091576213509771;
                double wa = 0.223381589678011 / 2;
                double wb = 0.109951743655322 / 2;
                double[] p = {a, a, 1 - 2 * a, a, a, 1 - 2 * a, b, b, 1 - 2 * b, b, b, 1 - 2 * b};
                return new QuadratureRule(2, 4, p, new double[] {wa, wa, wa, wb, wb, wb});
            }
            case 5: {
                double a = 0.470142064105115;
                double b = 0.101286507323456;
                double w0 = 0.225 / 2;
                double wa = 0.132394152788506 / 2;
                double wb = 0.125939180544827 / 2;
                double[] p = {1.0 / 3, 1.0 / 3, a, a, 1 - 2 * a, a, a, 1 - 2 * a, b, b, 1 - 2 * b, b, b, 1 - 2 * b};
                return new QuadratureRule(2, 5, p, new double[] {w0, wa, wa, wa, wb, wb, wb});
            }
            default:
                return collapsedTriangle(degree);
        }
    }

    private static QuadratureRule tetrahedron(int degree) {
        switch (degree) {
            case 0:
            case 1:
                return new QuadratureRule(3, 1, new double[] {0.25, 0.25, 0.25}, new double[] {1.0 / 6});
            case 2: {
                double a = 0.1381966011250105;
                double b = 0.5854101966249685;
                double[] p = {a, a, a, b, a, a, a, b, a, a, a, b};
                double w = 1.0 / 24;
                return new QuadratureRule(3, 2, p, new double[] {w, w, w, w});
            }
            default:
                return collapsedTetrahedron(degree);
        }
    }

    /** Duffy map x = u, y = v (1 - u) from the unit square; Jacobian (1 - u). */
    private static QuadratureRule collapsedTriangle(int degree) {
        int nu = (degree + 2 + 1) / 2;
        int nv = (degree + 1 + 1) / 2;
        QuadratureRule gu = gaussLine(nu);
        QuadratureRule gv = gaussLine(nv);
        double[] p = new double[2 * nu * nv];
        double[] w = new double[nu * nv];
        int k = 0;
        for (int i = 0; i < nu; i++) {
            double u = gu.points()[i];
            for (int j = 0; j < nv; j++) {
                double v = gv.points()[j];
                p[2 * k] = u;
                p[2 * k + 1] = v * (1 - u);
                w[k] = gu.weights()[i] * gv.weights()[j] * (1 - u);
                k++;
            }
        }
        return new QuadratureRule(2, degree, p, w);
    }

    /** Stroud conical product x = u, y = v (1-u), z = w (1-u)(1-v); Jacobian (1-u)^2 (1-v). */
    private static QuadratureRule collapsedTetrahedron(int degree) {
        int nu = (degree + 3 + 1) / 2;
        int nv = (degree + 2 + 1) / 2;
        int nw = (degree + 1 + 1) / 2;
        QuadratureRule gu = gaussLine(nu);
        QuadratureRule gv = gaussLine(nv);
        QuadratureRule gw = gaussLine(nw);
        double[] p = new double[3 * nu * nv * nw];
        double[] w = new double[nu * nv * nw];
        int k = 0;
        for (int i = 0; i < nu; i++) {
            double u = gu.points()[i];
            for (int j = 0; j < nv; j++) {
                double v = gv.points()[j];
                for (int l = 0; l < nw; l++) {
                    double t = gw.points()[l];
                    p[3 * k] = u;
                    p[3 * k + 1] = v * (1 - u);
                    p[3 * k + 2] = t * (1 - u) * (1 - v);
                    w[k] = gu.weights()[i] * gv.weights()[j] * gw.weights()[l] * (1 - u) * (1 - u) * (1 - v);
                    k++;
                }
            }
        }
        return new QuadratureRule(3, degree, p, w);
    }

    /**
     * Gauss-Legendre nodes and weights on [-1, 1] by Newton iteration on the Legendre polynomial.
     *
     * @return {nodes, weights}, nodes ascending.
     */
    static double[][] gaussLegendre(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Gauss rule needs at least one point");
        }
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1.0;
                double p1 = 0.0;
                for (int j = 1; j <= n; j++) {
                    double p2 = p1;
                    p1 = p0;
                    p0 = ((2.0 * j - 1.0) * z * p1 - (j - 1.0) * p2) / j;
                }
                dp = n * (z * p0 - p1) / (z * z - 1.0);
                double dz = p0 / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-16) {
                    break;
                }
            }
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = 2.0 / ((1.0 - z * z) * dp * dp);
            w[n - 1 - i] = w[i];
        }
        if (n % 2 == 1) {
            x[n / 2] = 0.0;
        }
        return new double[][] {x, w};
    }
}
