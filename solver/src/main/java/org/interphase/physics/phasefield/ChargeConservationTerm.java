package org.interphase.physics.phasefield;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * The potential row (field 2) of the electrodeposition model, physics.md eq. (4.3) in scaled units: charge
 * conservation with the Faradaic source,
 *
 * <pre>
 *   (n (c_s/c0) xi_t, v) + (s(xi) grad phi, grad v) = 0,
 * </pre>
 *
 * so the current density is j = -s grad phi and the net current out of the boundary equals
 * n F c_s d/dt integral(xi) (validation.md P3).
 */
public final class ChargeConservationTerm implements Term {

    private final ScaledMaterial m;

    /** @param m (Input) the region's scaled material. */
    public ChargeConservationTerm(ScaledMaterial m) {
        this.m = m;
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        double s = m.conductivity(p.u[0]);
        f0[2] += m.charge() * m.siteRatio() * p.ut[0];
        int dim = p.dim;
        for (int k = 0; k < dim; k++) {
            f1[2 * dim + k] += s * p.du[2 * dim + k];
        }
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        int dim = p.dim;
        double xi = p.u[0];
        double s = m.conductivity(xi);
        double ds = (m.sMetal() - m.sElectrolyte()) * ScaledMaterial.metalFractionSlope(xi);
        int nf = p.nf;
        g0[2 * nf] += m.charge() * m.siteRatio() * p.shift;
        for (int k = 0; k < dim; k++) {
            g2[(2 * dim + k) * nf] += ds * p.du[2 * dim + k];
            g3[((2 * dim + k) * nf + 2) * dim + k] += s;
        }
    }

    @Override
    public int jacobianBlocks() {
        return G0 | G2 | G3;
    }
}
