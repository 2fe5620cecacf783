package org.interphase.physics.elasticity;

/**
 * A closed-form elasticity solution used to prescribe exact data (displacements, tractions, body force)
 * and to measure errors.
 */
public interface ElasticReference {

    /** @return spatial dimension. */
    int dim();

    /** Displacement at x. (Output) u, dim values. */
    void displacement(double[] x, double[] u);

    /** Displacement gradient at x, [i * dim + d] = d u_i / d x_d. (Output) du. */
    void displacementGradient(double[] x, double[] du);

    /** Full 3x3 stress at x. (Output) sigma. */
    void stress(double[] x, double[] sigma);

    /** Body force b with div sigma + b = 0. (Output) b, dim values. */
    void bodyForce(double[] x, double[] b);

    /** @return the traction sigma n on a facet with outward normal n. */
    default VectorField traction() {
        double[] s = new double[9];
        return (x, n, out) -> {
            stress(x, s);
            for (int i = 0; i < out.length; i++) {
                double t = 0;
                for (int d = 0; d < out.length; d++) {
                    t += s[i * 3 + d] * n[d];
                }
                out[i] = t;
            }
        };
    }
}
