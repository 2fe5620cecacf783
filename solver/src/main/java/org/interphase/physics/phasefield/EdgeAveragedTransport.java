package org.interphase.physics.phasefield;

import org.interphase.assembly.CellTerm;
import org.interphase.fe.CellValues;

/**
 * The Nernst-Planck flux of (4.2), N = -D(xi) (grad c + n c grad phi), discretized by the edge-averaged finite
 * element method on linear simplices (Xu and Zikatanov, Math. Comp. 68 (1999) 1429), the finite-element form of
 * the Scharfetter-Gummel flux. Writing N = -D e^(-psi) grad(e^psi c) with psi = n phi and integrating along an edge
 * ab of a cell with D constant on it and psi linear gives the exact one-dimensional flux from a to b,
 *
 * <pre>
 *   N_ab = D [B(psi_b - psi_a) c_a - B(psi_a - psi_b) c_b] / |ab|,   B(x) = x / (e^x - 1),
 * </pre>
 *
 * and the cell adds omega_ab N_ab |ab| to row a and subtracts it from row b, with omega_ab = -integral_T
 * grad N_a . grad N_b the cell's edge weight (the Galerkin stiffness entry). Without migration this is the Galerkin
 * diffusion matrix; with it, the scheme stays monotone at any cell Peclet number on meshes whose edge weights are
 * non-negative (non-obtuse / Delaunay), so the concentration cannot turn negative from discretization where the
 * migration velocity n D grad phi is large against D / h. Galerkin loses that at cell Peclet numbers above about 2,
 * which a low-diffusivity layer reaches at once: its field grows as its conductivity falls, the velocity stays,
 * the diffusivity falls (a 2 um native SEI at 1 % of the electrolyte's D: cell Peclet ~17 on 0.2 um cells).
 *
 * <p>D on an edge is the cell material's D at the edge's mean xi. The flux is antisymmetric, so the cation balance
 * of {@link NernstPlanckTerm} (which keeps the time-derivative and sink part) holds exactly. The Jacobian is exact.
 */
public final class EdgeAveragedTransport implements CellTerm {

    private static final int XI = 0;
    private static final int C = 1;
    private static final int PHI = 2;

    private final ScaledMaterial m;
    private final int nf;

    /**
     * @param m  (Input) the region's scaled material.
     * @param nf (Input) fields per node (3, or 4 with surface diffusion).
     */
    public EdgeAveragedTransport(ScaledMaterial m, int nf) {
        this.m = m;
        this.nf = nf;
    }

    /** @return B(x) = x / (e^x - 1), B(0) = 1, without overflow or cancellation. */
    static double bernoulli(double x) {
        if (Math.abs(x) < 1e-4) {
            return 1 - x / 2 + x * x / 12;
        }
        if (x > 0) {
            return x * Math.exp(-x) / -Math.expm1(-x);
        }
        return x / Math.expm1(x);
    }

    /** @return B'(x) = (B(x) / x) (1 - B(x) - x), with its series near 0. */
    static double bernoulliSlope(double x) {
        if (Math.abs(x) < 1e-4) {
            return -0.5 + x / 6;
        }
        double b = bernoulli(x);
        return b / x * (1 - b - x);
    }

    @Override
    public void add(CellValues cv, double[] ue, double[] re, double[] ke) {
        int n = cv.n();
        int dim = cv.dim();
        int size = n * nf;
        double z = m.charge();
        double slope = m.dMetal() - m.dElectrolyte();
        double[] col = new double[2 * nf];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double k = 0;
                for (int q = 0; q < cv.nq(); q++) {
                    double g = 0;
                    for (int d = 0; d < dim; d++) {
                        g += cv.grad(q, a, d) * cv.grad(q, b, d);
                    }
                    k += cv.jxw(q) * g;
                }
                double w = -k;
                if (w == 0) {
                    continue;
                }
                double xm = 0.5 * (ue[a * nf + XI] + ue[b * nf + XI]);
                double dw = w * m.diffusivity(xm);
                double ca = ue[a * nf + C];
                double cb = ue[b * nf + C];
                double delta = z * (ue[b * nf + PHI] - ue[a * nf + PHI]);
                double bp = bernoulli(delta);
                double bm = bernoulli(-delta);
                double jump = bp * ca - bm * cb;
                re[a * nf + C] += dw * jump;
                re[b * nf + C] -= dw * jump;
                if (ke == null) {
                    continue;
                }
                double fx = 0.5 * w * slope * ScaledMaterial.metalFractionSlope(xm) * jump;
                double fpb = dw * z * (bernoulliSlope(delta) * ca + bernoulliSlope(-delta) * cb);
                col[XI] = fx;
                col[nf + XI] = fx;
                col[C] = dw * bp;
                col[nf + C] = -dw * bm;
                col[PHI] = -fpb;
                col[nf + PHI] = fpb;
                int rowA = (a * nf + C) * size;
                int rowB = (b * nf + C) * size;
                for (int j = 0; j < nf; j++) {
                    ke[rowA + a * nf + j] += col[j];
                    ke[rowA + b * nf + j] += col[nf + j];
                    ke[rowB + a * nf + j] -= col[j];
                    ke[rowB + b * nf + j] -= col[nf + j];
                }
            }
        }
    }
}
