package org.interphase.physics.phasefield;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * Surface diffusion along the metal/electrolyte interface: a conserved Mullins-type term added to (4.1) in the
 * mixed form with the chemical potential mu as a fourth nodal field (fields xi, c, phi, mu; scaled units),
 *
 * <pre>
 *   d xi/dt = ... + div(M_s m(xi) grad mu),   mu = W g'(xi) - div f1(grad xi),   m(xi) = h'(xi) = 30 xi^2 (1 - xi)^2
 *
 *   xi row:  + (M_s m grad mu, grad v)
 *   mu row:  (mu - W g'(xi), v) - (f1(grad xi), grad v) = 0
 *   c row:   + (c_s/c0) (M_s m grad mu, grad v)
 *   phi row: + n (c_s/c0) (M_s m grad mu, grad v)
 * </pre>
 *
 * f1 the (anisotropic) gradient-energy flux of {@link GradientEnergy}, so mu is the variational derivative of the
 * energy whose Allen-Cahn relaxation (4.1) already contains. m vanishes in both bulk phases, so the flux runs only
 * inside the interface and conserves the metal: integral(xi) changes by the reaction alone. The cation sink of
 * (4.2) and the Faradaic source of (4.3) are the reaction rate d xi/dt - div(M_s m grad mu), not the whole
 * d xi/dt, so atoms moving along the surface neither consume cations nor carry current (the c and phi rows above,
 * weak forms of -(c_s/c0) div J_s with J_s . n = 0 on the boundary). The sharp-interface limit is Mullins'
 * surface diffusion, v_n = B_s d^2 curvature / ds^2 with B_s = gamma M_s sqrt(kappa/2W) * 5 (Cahn, Elliott and
 * Novick-Cohen, Eur. J. Appl. Math. 7 (1996) 287; {@code analysis.Damkohler#mullinsCoefficient}).
 */
public final class SurfaceDiffusionTerm implements Term {

    /** The field index of the chemical potential. */
    public static final int MU = 3;

    private final ScaledMaterial m;
    private final double mobility;

    /**
     * @param m        (Input) the region's scaled material.
     * @param mobility (Input) M_s in scaled units (M_s e0 t0 / l0^2).
     */
    public SurfaceDiffusionTerm(ScaledMaterial m, double mobility) {
        this.m = m;
        this.mobility = mobility;
    }

    /** @return the mobility shape m(xi) = h'(xi). */
    static double shape(double xi) {
        return InterpolationFunction.d1(xi);
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        int dim = p.dim;
        double xi = p.u[0];
        double ms = mobility * shape(xi);
        double sink = m.siteRatio();
        for (int d = 0; d < dim; d++) {
            double j = ms * p.du[MU * dim + d];
            f1[d] += j;
            f1[dim + d] += sink * j;
            f1[2 * dim + d] += m.charge() * sink * j;
        }
        f0[MU] += p.u[MU] - m.barrier() * DoubleWellEnergy.d1(xi);
        m.gradient().addFlux(p.du, dim, -1.0, f1, MU * dim);
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        int dim = p.dim;
        int nf = p.nf;
        double xi = p.u[0];
        double ms = mobility * shape(xi);
        double dms = mobility * InterpolationFunction.d2(xi);
        double[] factor = {1.0, m.siteRatio(), m.charge() * m.siteRatio()};
        for (int row = 0; row < 3; row++) {
            for (int d = 0; d < dim; d++) {
                g2[(row * dim + d) * nf] += factor[row] * dms * p.du[MU * dim + d];
                g3[((row * dim + d) * nf + MU) * dim + d] += factor[row] * ms;
            }
        }
        g0[MU * nf + MU] += 1.0;
        g0[MU * nf] -= m.barrier() * DoubleWellEnergy.d2(xi);
        m.gradient().addFluxJacobian(p.du, dim, -1.0, g3, (MU * dim * nf) * dim, nf * dim);
    }

    @Override
    public int jacobianBlocks() {
        return G0 | G2 | G3;
    }
}
