package org.interphase.physics.diffusion;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * Scalar diffusion (k grad u, grad v) with a constant conductivity k, and an optional constant source
 * -(f, v): the Poisson operator -div(k grad u) = f. f1 = k grad u, f0 = -f; g3 = k I.
 */
public final class DiffusionTerm implements Term {

    private final double k;
    private final double f;

    /**
     * @param k (Input) conductivity or diffusivity (> 0).
     * @param f (Input) volumetric source.
     */
    public DiffusionTerm(double k, double f) {
        this.k = k;
        this.f = f;
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        f0[0] -= f;
        for (int d = 0; d < p.dim; d++) {
            f1[d] += k * p.du[d];
        }
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        for (int d = 0; d < p.dim; d++) {
            g3[d * p.dim + d] += k;
        }
    }

    @Override
    public int jacobianBlocks() {
        return G3;
    }
}
