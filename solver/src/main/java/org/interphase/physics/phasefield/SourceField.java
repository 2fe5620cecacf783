package org.interphase.physics.phasefield;

/** A prescribed volumetric source s(x, t) of an evolution equation, in the model's scaled units. */
@FunctionalInterface
public interface SourceField {

    /**
     * @param x (Input) scaled position. Not modified.
     * @param t (Input) scaled time.
     * @return the source.
     */
    double at(double[] x, double t);

    /**
     * Evaluates the source at many points (override when the source has structure to exploit).
     *
     * @param x   (Input) scaled points, dim values each. Not modified.
     * @param dim (Input) spatial dimension.
     * @param t   (Input) scaled time.
     * @param out (Output) one value per point.
     */
    default void fill(double[] x, int dim, double t, double[] out) {
        org.interphase.kernels.Parallel.forRange(out.length, (lo, hi) -> {
            double[] p = new double[dim];
            for (int i = lo; i < hi; i++) {
                System.arraycopy(x, i * dim, p, 0, dim);
                out[i] = at(p, t);
            }
        });
    }
}
