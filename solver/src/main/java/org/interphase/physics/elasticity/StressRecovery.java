package org.interphase.physics.elasticity;

import java.util.Arrays;
import java.util.Map;
import org.interphase.assembly.DofMap;
import org.interphase.assembly.PointState;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.kernels.fe.LagrangeBasis;
import org.interphase.kernels.fe.QuadratureRule;
import org.interphase.mesh.Mesh;

/**
 * Derived fields of a displacement solution: strain and stress evaluated at each cell's nodes from the
 * cell's own displacement gradient and averaged over the cells sharing a node (weighted by cell
 * measure), plus cell averages over the quadrature points. Tensors are written as Tensor6
 * (xx, yy, zz, xy, yz, xz); plane strain includes sigma_zz.
 */
public final class StressRecovery {

    /** Nodal stress, 6 per node. */
    public final double[] nodalStress;
    /** Nodal strain, 6 per node (eps_zz = 0 in plane strain; the plane-stress eps_zz is included). */
    public final double[] nodalStrain;
    /** Nodal von Mises stress. */
    public final double[] nodalVonMises;
    /** Nodal hydrostatic stress tr(sigma)/3. */
    public final double[] nodalHydrostatic;
    /** Cell-average stress, 6 per cell. */
    public final double[] cellStress;
    /** Cell-average von Mises stress. */
    public final double[] cellVonMises;
    /** Total strain energy 1/2 int (eps - eps*) : sigma, J (per unit thickness in 2D). */
    public final double energy;

    private StressRecovery(int nodes, int cells) {
        nodalStress = new double[nodes * 6];
        nodalStrain = new double[nodes * 6];
        nodalVonMises = new double[nodes];
        nodalHydrostatic = new double[nodes];
        cellStress = new double[cells * 6];
        cellVonMises = new double[cells];
        energy = 0;
    }

    private StressRecovery(StressRecovery s, double energy) {
        nodalStress = s.nodalStress;
        nodalStrain = s.nodalStrain;
        nodalVonMises = s.nodalVonMises;
        nodalHydrostatic = s.nodalHydrostatic;
        cellStress = s.cellStress;
        cellVonMises = s.cellVonMises;
        this.energy = energy;
    }

    /**
     * @param mesh  (Input) the mesh.
     * @param dofs  (Input) dof map of u (dim components).
     * @param u     (Input) displacement dofs. Not modified.
     * @param terms (Input) the elasticity term of each region tag.
     * @param aux   (Input) auxiliary nodal field the eigenstrains read, or null; naux values per node.
     */
    public static StressRecovery of(Mesh mesh, DofMap dofs, double[] u, Map<Integer, ElasticityTerm> terms,
            double[] aux, int naux) {
        int dim = mesh.dim();
        int n = mesh.cellType().nodes();
        StressRecovery out = new StressRecovery(mesh.nodeCount(), mesh.cellCount());
        double[] nodeRef = LagrangeBasis.nodes(dim, mesh.cellType().order());
        CellValues atNodes = new CellValues(mesh,
                ElementTables.of(mesh.cellType(), new QuadratureRule(dim, 0, nodeRef, new double[n])));
        CellValues atQ = new CellValues(mesh, ElementTables.of(mesh.cellType(), 2 * mesh.cellType().order()));
        double[] weight = new double[mesh.nodeCount()];
        double[] eps = new double[9];
        double[] eig = new double[9];
        double[] sig = new double[9];
        double[] ue = new double[n * dim];
        PointState p = new PointState(dim, dim, naux);
        double energy = 0;
        for (int c = 0; c < mesh.cellCount(); c++) {
            ElasticityTerm term = terms.get(mesh.cellRegions()[c]);
            if (term == null) {
                continue;
            }
            IsotropicElasticLaw law = term.law();
            atQ.reinit(c);
            atNodes.reinit(c);
            for (int a = 0; a < n; a++) {
                for (int i = 0; i < dim; i++) {
                    ue[a * dim + i] = u[dofs.dof(atQ.node(a), i)];
                }
            }
            double vol = atQ.measure();
            double[] cellSig = new double[9];
            for (int q = 0; q < atQ.nq(); q++) {
                point(atQ, q, ue, aux, naux, p);
                evaluate(p, term, law, eps, eig, sig);
                for (int k = 0; k < 9; k++) {
                    cellSig[k] += sig[k] * atQ.jxw(q) / vol;
                }
                energy += law.energyDensity(eps, eig, sig) * atQ.jxw(q);
            }
            put6(cellSig, out.cellStress, c);
            out.cellVonMises[c] = IsotropicElasticLaw.vonMises(cellSig);
            for (int a = 0; a < n; a++) {
                point(atNodes, a, ue, aux, naux, p);
                evaluate(p, term, law, eps, eig, sig);
                if (law.model() == ElasticModel.PLANE_STRESS) {
                    double lam = law.lambda();
                    double mu = law.mu();
                    eps[8] = eig[8] - lam / (lam + 2 * mu) * (eps[0] - eig[0] + eps[4] - eig[4]);
                }
                int node = atNodes.node(a);
                weight[node] += vol;
                for (int k = 0; k < 6; k++) {
                    out.nodalStress[node * 6 + k] += vol * sig[IDX6[k]];
                    out.nodalStrain[node * 6 + k] += vol * eps[IDX6[k]];
                }
            }
        }
        double[] s9 = new double[9];
        for (int i = 0; i < mesh.nodeCount(); i++) {
            if (weight[i] > 0) {
                for (int k = 0; k < 6; k++) {
                    out.nodalStress[i * 6 + k] /= weight[i];
                    out.nodalStrain[i * 6 + k] /= weight[i];
                }
            }
            for (int k = 0; k < 6; k++) {
                s9[IDX6[k]] = out.nodalStress[i * 6 + k];
            }
            s9[3] = s9[1];
            s9[7] = s9[5];
            s9[6] = s9[2];
            out.nodalVonMises[i] = IsotropicElasticLaw.vonMises(s9);
            out.nodalHydrostatic[i] = (s9[0] + s9[4] + s9[8]) / 3.0;
        }
        return new StressRecovery(out, energy);
    }

    /** Full-tensor indices of Tensor6 components xx, yy, zz, xy, yz, xz. */
    static final int[] IDX6 = {0, 4, 8, 1, 5, 2};

    private static void put6(double[] s9, double[] out, int i) {
        for (int k = 0; k < 6; k++) {
            out[i * 6 + k] = s9[IDX6[k]];
        }
    }

    private static void point(CellValues cv, int q, double[] ue, double[] aux, int naux, PointState p) {
        int dim = cv.dim();
        int n = cv.n();
        Arrays.fill(p.du, 0.0);
        for (int d = 0; d < dim; d++) {
            p.x[d] = cv.x(q, d);
        }
        for (int a = 0; a < n; a++) {
            for (int i = 0; i < dim; i++) {
                for (int d = 0; d < dim; d++) {
                    p.du[i * dim + d] += cv.grad(q, a, d) * ue[a * dim + i];
                }
            }
        }
        if (naux > 0) {
            Arrays.fill(p.aux, 0.0);
            for (int a = 0; a < n; a++) {
                for (int k = 0; k < naux; k++) {
                    p.aux[k] += cv.shape(q, a) * aux[cv.node(a) * naux + k];
                }
            }
        }
    }

    private static void evaluate(PointState p, ElasticityTerm term, IsotropicElasticLaw law, double[] eps,
            double[] eig, double[] sig) {
        ElasticityTerm.strain(p.dim, p.du, eps);
        Arrays.fill(eig, 0.0);
        if (term.eigenstrain() != null) {
            term.eigenstrain().at(p, eig);
        }
        law.stress(eps, eig, sig);
    }
}
