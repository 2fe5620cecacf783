package org.interphase.physics.phasefield;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * The Allen-Cahn equation for one order parameter (a field of one component), with an optional prescribed
 * source, as in PFHub benchmark 7:
 *
 * <pre>
 *   d xi/dt = -L [W g'(xi) - div f1(grad xi)] + S(x, t),   (xi_t + L W g' - S, v) + (L f1, grad v) = 0,
 * </pre>
 *
 * g the {@link DoubleWellEnergy}, f1 the flux of a {@link GradientEnergy} (kappa grad xi when isotropic).
 * All coefficients in scaled units.
 */
public final class AllenCahnTerm implements Term {

    private final double mobility;
    private final double barrier;
    private final GradientEnergy gradient;
    private final SourceField source;

    /**
     * @param mobility (Input) L.
     * @param barrier  (Input) W.
     * @param gradient (Input) the gradient energy.
     * @param source   (Input) S, or null.
     */
    public AllenCahnTerm(double mobility, double barrier, GradientEnergy gradient, SourceField source) {
        this.mobility = mobility;
        this.barrier = barrier;
        this.gradient = gradient;
        this.source = source;
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        double xi = p.u[0];
        f0[0] += p.ut[0] + mobility * barrier * DoubleWellEnergy.d1(xi);
        if (source != null) {
            f0[0] -= source.at(p.x, p.time);
        }
        gradient.addFlux(p.du, p.dim, mobility, f1, 0);
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        g0[0] += p.shift + mobility * barrier * DoubleWellEnergy.d2(p.u[0]);
        gradient.addFluxJacobian(p.du, p.dim, mobility, g3, 0, p.dim);
    }

    @Override
    public int jacobianBlocks() {
        return G0 | G3;
    }
}
