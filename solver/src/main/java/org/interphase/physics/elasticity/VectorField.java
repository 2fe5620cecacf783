package org.interphase.physics.elasticity;

/** A vector-valued function of position (and, on facets, the outward normal), e.g. a traction. */
@FunctionalInterface
public interface VectorField {

    /**
     * @param x      (Input) position (dim values).
     * @param normal (Input) outward unit normal (dim values; zero inside cells).
     * @param out    (Output) dim values.
     */
    void at(double[] x, double[] normal, double[] out);

    /** @return a constant field. (Input) v. Kept. */
    static VectorField constant(double[] v) {
        return new Constant(v);
    }

    /**
     * A uniform field; its value is visible so cell-wise constant loads can go to the device kernels.
     *
     * @param v the value (at least dim components).
     */
    record Constant(double[] v) implements VectorField {
        @Override
        public void at(double[] x, double[] normal, double[] out) {
            System.arraycopy(v, 0, out, 0, out.length);
        }
    }
}
