package org.interphase.physics.elasticity;

/**
 * A manufactured displacement u_i = A_i prod_d sin(k_id x_d + p_id) for isotropic linear elasticity, with
 * the body force b = -[(lambda' + mu) grad(div u) + mu lap u] that makes it exact (lambda' the model's
 * Lame parameter). Derivatives are exact closed forms of the product of sines; the SymPy script
 * validation/reference/mms_elasticity.py checks the source.
 */
public final class TrigonometricSolution implements ElasticReference {

    private final int dim;
    private final double[] amp;
    private final double[] k;
    private final double[] phase;
    private final IsotropicElasticLaw law;

    /**
     * @param dim   (Input) 2 or 3.
     * @param amp   (Input) A_i (dim values).
     * @param k     (Input) wave numbers [i * dim + d].
     * @param phase (Input) phases [i * dim + d].
     * @param law   (Input) the material (its model sets lambda').
     */
    public TrigonometricSolution(int dim, double[] amp, double[] k, double[] phase, IsotropicElasticLaw law) {
        this.dim = dim;
        this.amp = amp.clone();
        this.k = k.clone();
        this.phase = phase.clone();
        this.law = law;
    }

    /** The standard E2 solution: a smooth, non-polynomial field with non-zero boundary values. */
    public static TrigonometricSolution standard(int dim, IsotropicElasticLaw law) {
        double pi = Math.PI;
        if (dim == 2) {
            return new TrigonometricSolution(2, new double[] {1e-3, -0.7e-3},
                    new double[] {pi, 2 * pi, 1.5 * pi, pi}, new double[] {0.3, 0.1, 0.2, 0.7}, law);
        }
        return new TrigonometricSolution(3, new double[] {1e-3, -0.7e-3, 0.5e-3},
                new double[] {pi, 2 * pi, pi, 1.5 * pi, pi, pi, pi, pi, 2 * pi},
                new double[] {0.3, 0.1, 0.2, 0.7, 0.4, 0.5, 0.6, 0.8, 0.9}, law);
    }

    @Override
    public int dim() {
        return dim;
    }

    /** d^|m| u_i / prod dx_d^{m_d} for derivative orders m_d in {0,1,2}. */
    private double derivative(double[] x, int i, int[] m) {
        double v = amp[i];
        for (int d = 0; d < dim; d++) {
            double kk = k[i * dim + d];
            double arg = kk * x[d] + phase[i * dim + d];
            switch (m[d]) {
                case 0: v *= Math.sin(arg); break;
                case 1: v *= kk * Math.cos(arg); break;
                case 2: v *= -kk * kk * Math.sin(arg); break;
                default: throw new IllegalStateException();
            }
        }
        return v;
    }

    @Override
    public void displacement(double[] x, double[] u) {
        int[] m = new int[dim];
        for (int i = 0; i < dim; i++) {
            u[i] = derivative(x, i, m);
        }
    }

    @Override
    public void displacementGradient(double[] x, double[] du) {
        int[] m = new int[dim];
        for (int i = 0; i < dim; i++) {
            for (int d = 0; d < dim; d++) {
                m[d] = 1;
                du[i * dim + d] = derivative(x, i, m);
                m[d] = 0;
            }
        }
    }

    private double second(double[] x, int i, int e, int f) {
        int[] m = new int[dim];
        m[e]++;
        m[f]++;
        return derivative(x, i, m);
    }

    @Override
    public void stress(double[] x, double[] sigma) {
        double[] du = new double[dim * dim];
        displacementGradient(x, du);
        double[] eps = new double[9];
        ElasticityTerm.strain(dim, du, eps);
        law.stress(eps, null, sigma);
    }

    @Override
    public void bodyForce(double[] x, double[] b) {
        double lam = law.lambdaEffective();
        double mu = law.mu();
        for (int j = 0; j < dim; j++) {
            double graddiv = 0;
            double lap = 0;
            for (int i = 0; i < dim; i++) {
                graddiv += second(x, i, i, j);
                lap += second(x, j, i, i);
            }
            b[j] = -((lam + mu) * graddiv + mu * lap);
        }
    }
}
