package org.interphase.physics.phasefield;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * The order-parameter row (field 0) of the electrodeposition model, physics.md eq. (4.1) in scaled units,
 * with fields (xi, c, phi):
 *
 * <pre>
 *   (xi_t + L_sigma W g'(xi) + L_eta h'(xi) B(phi - E0, c) - A r 16 g(xi), v) + (L_sigma f1(grad xi), grad v) = 0
 * </pre>
 *
 * B the {@link ButlerVolmer} bracket (single-potential convention eta_a = phi - E0), f1 the anisotropic
 * flux of {@link GradientEnergy}, and A r the Langevin noise: amplitude A times the auxiliary field 0
 * (seeded uniform numbers in [-1, 1], see {@link LangevinNoise}), weighted by 16 g(xi) so it acts only in
 * the interface.
 */
public final class PhaseEquationTerm implements Term {

    private final ScaledMaterial m;
    private final double noise;

    /**
     * @param m     (Input) the region's scaled material.
     * @param noise (Input) noise amplitude A (scaled rate; 0 for none, then no auxiliary field is read).
     */
    public PhaseEquationTerm(ScaledMaterial m, double noise) {
        this.m = m;
        this.noise = noise;
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        double xi = p.u[0];
        double eta = p.u[2] - m.eqPotential();
        double r = p.ut[0] + m.mobility() * m.barrier() * DoubleWellEnergy.d1(xi)
                + m.kinetic() * InterpolationFunction.d1(xi) * m.bv().value(eta, p.u[1]);
        if (noise != 0) {
            r -= noise * p.aux[0] * 16 * DoubleWellEnergy.value(xi);
        }
        f0[0] += r;
        m.gradient().addFlux(p.du, p.dim, m.mobility(), f1, 0);
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        double xi = p.u[0];
        double c = p.u[1];
        double eta = p.u[2] - m.eqPotential();
        double hp = InterpolationFunction.d1(xi);
        double d00 = p.shift + m.mobility() * m.barrier() * DoubleWellEnergy.d2(xi)
                + m.kinetic() * InterpolationFunction.d2(xi) * m.bv().value(eta, c);
        if (noise != 0) {
            d00 -= noise * p.aux[0] * 16 * DoubleWellEnergy.d1(xi);
        }
        g0[0] += d00;
        g0[1] += m.kinetic() * hp * m.bv().dC(eta, c);
        g0[2] += m.kinetic() * hp * m.bv().dEta(eta, c);
        m.gradient().addFluxJacobian(p.du, p.dim, m.mobility(), g3, 0, p.nf * p.dim);
    }

    @Override
    public int jacobianBlocks() {
        return G0 | G3;
    }
}
