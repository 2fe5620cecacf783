package org.interphase.physics.phasefield;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * The cation row (field 1) of the electrodeposition model, physics.md eq. (4.2) in scaled units: Nernst-Planck
 * diffusion and migration with the deposition sink,
 *
 * <pre>
 *   (c_t + (c_s/c0) xi_t, v) + (D(xi) (grad c + n c grad phi), grad v) = 0,
 * </pre>
 *
 * so the cation flux is N = -D (grad c + n c grad phi) and c + (c_s/c0) xi is conserved up to boundary fluxes.
 * Without its flux part (the second form) it keeps only the time derivative and the sink, and the flux comes from
 * {@link EdgeAveragedTransport}.
 */
public final class NernstPlanckTerm implements Term {

    private final ScaledMaterial m;
    private final boolean flux;

    /** @param m (Input) the region's scaled material. */
    public NernstPlanckTerm(ScaledMaterial m) {
        this(m, true);
    }

    /**
     * @param m    (Input) the region's scaled material.
     * @param flux (Input) whether to add the Galerkin flux (D (grad c + n c grad phi), grad v).
     */
    public NernstPlanckTerm(ScaledMaterial m, boolean flux) {
        this.m = m;
        this.flux = flux;
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        double d = m.diffusivity(p.u[0]);
        double nc = m.charge() * p.u[1];
        f0[1] += p.ut[1] + m.siteRatio() * p.ut[0];
        if (!flux) {
            return;
        }
        int dim = p.dim;
        for (int k = 0; k < dim; k++) {
            f1[dim + k] += d * (p.du[dim + k] + nc * p.du[2 * dim + k]);
        }
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
        int dim = p.dim;
        double xi = p.u[0];
        double d = m.diffusivity(xi);
        double dd = (m.dMetal() - m.dElectrolyte()) * ScaledMaterial.metalFractionSlope(xi);
        double n = m.charge();
        double c = p.u[1];
        int nf = p.nf;
        g0[nf] += m.siteRatio() * p.shift;
        g0[nf + 1] += p.shift;
        if (!flux) {
            return;
        }
        for (int k = 0; k < dim; k++) {
            double flux = p.du[dim + k] + n * c * p.du[2 * dim + k];
            int row = (dim + k) * nf;
            g2[row] += dd * flux;
            g2[row + 1] += d * n * p.du[2 * dim + k];
            int base = ((dim + k) * nf) * dim;
            g3[base + dim + k] += d;
            g3[base + 2 * dim + k] += d * n * c;
        }
    }

    @Override
    public int jacobianBlocks() {
        return G0 | G2 | G3;
    }
}
