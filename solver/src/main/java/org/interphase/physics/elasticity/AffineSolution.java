package org.interphase.physics.elasticity;

/**
 * An affine displacement u = G x + b: constant strain and stress, no body force. Every conforming
 * Lagrange element must reproduce it exactly (the patch test, validation.md E1).
 */
public final class AffineSolution implements ElasticReference {

    private final int dim;
    private final double[] g;
    private final double[] b;
    private final IsotropicElasticLaw law;

    /**
     * @param dim (Input) 2 or 3.
     * @param g   (Input) the gradient G, row-major dim x dim.
     * @param b   (Input) the offset (dim values).
     * @param law (Input) the material.
     */
    public AffineSolution(int dim, double[] g, double[] b, IsotropicElasticLaw law) {
        this.dim = dim;
        this.g = g.clone();
        this.b = b.clone();
        this.law = law;
    }

    @Override
    public int dim() {
        return dim;
    }

    @Override
    public void displacement(double[] x, double[] u) {
        for (int i = 0; i < dim; i++) {
            double s = b[i];
            for (int d = 0; d < dim; d++) {
                s += g[i * dim + d] * x[d];
            }
            u[i] = s;
        }
    }

    @Override
    public void displacementGradient(double[] x, double[] du) {
        System.arraycopy(g, 0, du, 0, dim * dim);
    }

    @Override
    public void stress(double[] x, double[] sigma) {
        double[] eps = new double[9];
        ElasticityTerm.strain(dim, g, eps);
        law.stress(eps, null, sigma);
    }

    @Override
    public void bodyForce(double[] x, double[] out) {
        java.util.Arrays.fill(out, 0.0);
    }
}
