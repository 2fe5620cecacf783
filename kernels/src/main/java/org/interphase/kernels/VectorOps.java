package org.interphase.kernels;

/**
 * Dense vector operations, the plain-Java twins of the OpenCL vector kernels. Multithreaded through
 * {@link Parallel}; reductions are deterministic for a fixed thread count.
 */
public final class VectorOps {

    private VectorOps() {
    }

    /** y := a x + y. (Input) x, (Input/Output) y. */
    public static void axpy(double a, double[] x, double[] y, int n) {
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                y[i] += a * x[i];
            }
        });
    }

    /** y := x + b y. (Input) x, (Input/Output) y. */
    public static void xpby(double[] x, double b, double[] y, int n) {
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                y[i] = x[i] + b * y[i];
            }
        });
    }

    /** x := a x. (Input/Output) x. */
    public static void scale(double a, double[] x, int n) {
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                x[i] *= a;
            }
        });
    }

    /** y := x. (Input) x, (Output) y. */
    public static void copy(double[] x, double[] y, int n) {
        System.arraycopy(x, 0, y, 0, n);
    }

    /** z := x .* y (element-wise). (Input) x, y, (Output) z. */
    public static void multiply(double[] x, double[] y, double[] z, int n) {
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                z[i] = x[i] * y[i];
            }
        });
    }

    /** @return x . y over the first n entries. */
    public static double dot(double[] x, double[] y, int n) {
        return Parallel.sum(n, (lo, hi) -> {
            double s = 0.0;
            for (int i = lo; i < hi; i++) {
                s += x[i] * y[i];
            }
            return s;
        });
    }

    /** @return the Euclidean norm of the first n entries of x. */
    public static double norm2(double[] x, int n) {
        return Math.sqrt(dot(x, x, n));
    }

    /** @return max |x_i| over the first n entries. */
    public static double normInf(double[] x, int n) {
        double m = 0.0;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(x[i]);
            if (a > m || Double.isNaN(a)) {
                m = a;
            }
        }
        return m;
    }
}
