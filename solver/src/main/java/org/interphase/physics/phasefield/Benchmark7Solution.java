package org.interphase.physics.phasefield;

/**
 * The manufactured solution of PFHub benchmark 7a (Allen-Cahn, validation.md P1), in the benchmark's own
 * dimensionless units on [0, 1] x [0, 1/2]:
 *
 * <pre>
 *   d eta/dt = -[4 eta (eta - 1)(eta - 1/2) - kappa lap eta] + S,
 *   eta = 1/2 [1 - tanh(z)],  z = (y - a) / sqrt(2 kappa),  a = 1/4 + A1 t sin(B1 x) + A2 sin(B2 x + C2 t),
 *   S = sech^2(z) / (2 sqrt(2 kappa)) (a_t - kappa a_xx) - 1/2 sech^2(z) tanh(z) a_x^2,
 * </pre>
 *
 * kappa = 4e-4, A1 = 0.0075, B1 = 8 pi, A2 = 0.03, B2 = 22 pi, C2 = 0.0625 pi. S was derived with SymPy by
 * validation/reference/phasefield/bm7_source.py, whose printed values the unit test holds.
 */
public final class Benchmark7Solution {

    public static final double KAPPA = 4e-4;
    public static final double A1 = 0.0075;
    public static final double B1 = 8 * Math.PI;
    public static final double A2 = 0.03;
    public static final double B2 = 22 * Math.PI;
    public static final double C2 = 0.0625 * Math.PI;

    private Benchmark7Solution() {
    }

    /** @return a(x, t), the height of the eta = 1/2 contour. */
    public static double front(double x, double t) {
        return 0.25 + A1 * t * Math.sin(B1 * x) + A2 * Math.sin(B2 * x + C2 * t);
    }

    /** @return eta(x, y, t). */
    public static double eta(double x, double y, double t) {
        return 0.5 * (1 - Math.tanh((y - front(x, t)) / Math.sqrt(2 * KAPPA)));
    }

    /** @return S(x, y, t). */
    public static double source(double x, double y, double t) {
        double[] c = columnTerms(x, t);
        return source(c, y);
    }

    /** @return {a, a_x, a_t - kappa a_xx} at (x, t): the factors of S that do not depend on y. */
    static double[] columnTerms(double x, double t) {
        double a = front(x, t);
        double ax = A1 * t * B1 * Math.cos(B1 * x) + A2 * B2 * Math.cos(B2 * x + C2 * t);
        double axx = -A1 * t * B1 * B1 * Math.sin(B1 * x) - A2 * B2 * B2 * Math.sin(B2 * x + C2 * t);
        double at = A1 * Math.sin(B1 * x) + A2 * C2 * Math.cos(B2 * x + C2 * t);
        return new double[] {a, ax, at - KAPPA * axx};
    }

    private static double source(double[] c, double y) {
        double w = Math.sqrt(2 * KAPPA);
        double th = Math.tanh((y - c[0]) / w);
        double sech2 = 1 - th * th;
        return sech2 / (2 * w) * c[2] - 0.5 * sech2 * th * c[1] * c[1];
    }

    /**
     * S as a source field in scaled units (x = l0 x~, t = t0 t~, S~ = t0 S), whose {@link SourceField#fill}
     * computes the y-independent factors once per distinct x (once per mesh column on structured meshes).
     *
     * @param l0 (Input) length scale.
     * @param t0 (Input) time scale.
     * @return the source.
     */
    public static SourceField field(double l0, double t0) {
        return new SourceField() {
            @Override
            public double at(double[] x, double t) {
                return t0 * source(x[0] * l0, x[1] * l0, t * t0);
            }

            @Override
            public void fill(double[] x, int dim, double t, double[] out) {
                org.interphase.kernels.Parallel.forRange(out.length, (lo, hi) -> {
                    java.util.Map<Double, double[]> columns = new java.util.HashMap<>();
                    for (int i = lo; i < hi; i++) {
                        double xs = x[i * dim] * l0;
                        double[] c = columns.computeIfAbsent(xs, k -> columnTerms(k, t * t0));
                        out[i] = t0 * source(c, x[i * dim + 1] * l0);
                    }
                });
            }
        };
    }
}
