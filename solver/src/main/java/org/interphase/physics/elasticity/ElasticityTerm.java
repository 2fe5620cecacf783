package org.interphase.physics.elasticity;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * Stress divergence with an eigenstrain: (sigma(u), grad v), sigma = C : (eps(u) - eps*)
 * (physics.md section 2). Residual coefficient f1_id = sigma_id; Jacobian g3_idje = C_idje =
 * lambda' delta_id delta_je + mu (delta_ij delta_de + delta_ie delta_dj), lambda' the model's Lame
 * parameter (lambda* in plane stress).
 */
public final class ElasticityTerm implements Term {

    private final IsotropicElasticLaw law;
    private final Eigenstrain eigenstrain;
    private final ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[3][9]);

    /**
     * @param law         (Input) the material.
     * @param eigenstrain (Input) the eigenstrain, or null for none.
     */
    public ElasticityTerm(IsotropicElasticLaw law, Eigenstrain eigenstrain) {
        this.law = law;
        this.eigenstrain = eigenstrain;
    }

    public IsotropicElasticLaw law() {
        return law;
    }

    /** @return the eigenstrain, or null. */
    public Eigenstrain eigenstrain() {
        return eigenstrain;
    }

    /** Small-strain tensor from a displacement gradient [i * dim + d] into a full 3x3. */
    public static void strain(int dim, double[] du, double[] eps) {
        java.util.Arrays.fill(eps, 0.0);
        for (int i = 0; i < dim; i++) {
            for (int d = 0; d < dim; d++) {
                eps[i * 3 + d] = 0.5 * (du[i * dim + d] + du[d * dim + i]);
            }
        }
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        double[][] s = scratch.get();
        double[] eps = s[0];
        double[] eig = s[1];
        double[] sig = s[2];
        int dim = p.dim;
        strain(dim, p.du, eps);
        double[] e = null;
        if (eigenstrain != null) {
            java.util.Arrays.fill(eig, 0.0);
            eigenstrain.at(p, eig);
            e = eig;
        }
        law.stress(eps, e, sig);
        for (int i = 0; i < dim; i++) {
            for (int d = 0; d < dim; d++) {
                f1[i * dim + d] += sig[i * 3 + d];
            }
        }
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        int dim = p.dim;
        double lam = law.lambdaEffective();
        double mu = law.mu();
        for (int i = 0; i < dim; i++) {
            for (int d = 0; d < dim; d++) {
                for (int j = 0; j < dim; j++) {
                    for (int e = 0; e < dim; e++) {
                        double c = (i == d && j == e ? lam : 0.0) + (i == j && d == e ? mu : 0.0)
                                + (i == e && d == j ? mu : 0.0);
                        g3[((i * dim + d) * dim + j) * dim + e] += c;
                    }
                }
            }
        }
    }

    @Override
    public int jacobianBlocks() {
        return G3;
    }
}
