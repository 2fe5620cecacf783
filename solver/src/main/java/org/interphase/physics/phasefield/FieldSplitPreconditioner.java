package org.interphase.physics.phasefield;

import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.IncompleteLu;
import org.interphase.linalg.Preconditioner;
import org.interphase.linalg.SmoothedAggregationAmg;

/**
 * A multiplicative field-split preconditioner for the interleaved coupled Jacobian (fields per node, dof =
 * node * nf + field): block Gauss-Seidel over the fields in a given order, each diagonal block approximately
 * inverted by its own preconditioner (Brown et al., "Composable linear solvers for multiphysics", ISPDC
 * 2012, the PETSc PCFIELDSPLIT multiplicative type):
 *
 * <pre>
 *   for f in order:  z_f = P_ff^-1 (r_f - sum_(g before f) A_fg z_g)
 * </pre>
 *
 * For the electrodeposition model the order is xi (ILU(0): its block is mass-dominated), then phi and c
 * (one smoothed-aggregation AMG V-cycle each: elliptic blocks with the metal/electrolyte contrast), so the
 * Krylov iteration count stays nearly flat as the mesh is refined.
 */
public final class FieldSplitPreconditioner implements Preconditioner {

    private final int nf;
    private final int[] order;
    private final Preconditioner[] blocks;
    private CsrMatrix a;
    private int nodes;

    /**
     * @param nf     (Input) fields per node.
     * @param order  (Input) the fields in solve order.
     * @param blocks (Input) one preconditioner per field, indexed by field.
     */
    public FieldSplitPreconditioner(int nf, int[] order, Preconditioner[] blocks) {
        this.nf = nf;
        this.order = order.clone();
        this.blocks = blocks.clone();
    }

    /** @return the split for the (xi, c, phi) model: xi by ILU(0), then phi and c by AMG. */
    public static FieldSplitPreconditioner electrodeposition() {
        return electrodeposition(3);
    }

    /**
     * @param fields (Input) 3, or 4 with the chemical potential of surface diffusion.
     * @return the split: xi by ILU(0), the chemical potential (a mass block after the node-block equilibration) by
     *         ILU(0), then phi and c by AMG.
     */
    public static FieldSplitPreconditioner electrodeposition(int fields) {
        if (fields == 3) {
            return new FieldSplitPreconditioner(3, new int[] {PhaseFieldSystem.XI, PhaseFieldSystem.POTENTIAL,
                PhaseFieldSystem.CONCENTRATION}, new Preconditioner[] {new IncompleteLu(),
                    new SmoothedAggregationAmg(1, null), new SmoothedAggregationAmg(1, null)});
        }
        if (fields != 4) {
            throw new IllegalArgumentException("the electrodeposition split has 3 or 4 fields, got " + fields);
        }
        return new FieldSplitPreconditioner(4, new int[] {PhaseFieldSystem.XI, PhaseFieldSystem.CHEMICAL_POTENTIAL,
            PhaseFieldSystem.POTENTIAL, PhaseFieldSystem.CONCENTRATION}, new Preconditioner[] {new IncompleteLu(),
                new SmoothedAggregationAmg(1, null), new SmoothedAggregationAmg(1, null), new IncompleteLu()});
    }

    @Override
    public void setup(CsrMatrix matrix) {
        this.a = matrix;
        this.nodes = matrix.rows() / nf;
        for (int f = 0; f < nf; f++) {
            blocks[f].setup(block(matrix, f));
        }
    }

    /** @return the diagonal block of field f as a nodes x nodes matrix. */
    private CsrMatrix block(CsrMatrix m, int f) {
        int[] rp = m.rowPtr();
        int[] col = m.colIndex();
        double[] val = m.values();
        int[] bp = new int[nodes + 1];
        for (int i = 0; i < nodes; i++) {
            int row = i * nf + f;
            int c = 0;
            for (int p = rp[row]; p < rp[row + 1]; p++) {
                if (col[p] % nf == f) {
                    c++;
                }
            }
            bp[i + 1] = bp[i] + c;
        }
        int[] bc = new int[bp[nodes]];
        double[] bv = new double[bp[nodes]];
        Parallel.forRange(nodes, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                int row = i * nf + f;
                int k = bp[i];
                for (int p = rp[row]; p < rp[row + 1]; p++) {
                    if (col[p] % nf == f) {
                        bc[k] = col[p] / nf;
                        bv[k] = val[p];
                        k++;
                    }
                }
            }
        });
        return new CsrMatrix(nodes, nodes, bp, bc, bv);
    }

    @Override
    public void apply(double[] r, double[] z) {
        java.util.Arrays.fill(z, 0.0);
        int[] rp = a.rowPtr();
        int[] col = a.colIndex();
        double[] val = a.values();
        double[] rf = new double[nodes];
        double[] zf = new double[nodes];
        for (int f : order) {
            Parallel.forRange(nodes, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    int row = i * nf + f;
                    double s = r[row];
                    for (int p = rp[row]; p < rp[row + 1]; p++) {
                        s -= val[p] * z[col[p]];
                    }
                    rf[i] = s;
                }
            });
            blocks[f].apply(rf, zf);
            for (int i = 0; i < nodes; i++) {
                z[i * nf + f] = zf[i];
            }
        }
    }

    @Override
    public String describe() {
        return "fieldsplit";
    }
}
