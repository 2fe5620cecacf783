package org.interphase.kernels;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Cell-by-cell assembly on raw arrays, the plain-Java twin of {@code opencl/assembly.cl}. A launch
 * covers blocks of a {@link CellColouring} ({@link #blocks}); per cell position p (cell order[p], value
 * slots slots[p * L * L ...], L local dofs): isoparametric geometry at each quadrature point
 * ({@link #geometry}), then each entry summed over the points and added to its slot; load vectors add
 * local dof (a, i) to row dofConn[cell * nodes + a] * blockSize + i instead.
 *
 * <pre>
 *   diffusion   K_ab     = sum_q w_q |J_q| k grad N_a . grad N_b
 *   mass        M_ab     = sum_q w_q |J_q| rho N_a N_b
 *   elasticity  K_ai,bj  = sum_q w_q |J_q| (lambda d_i N_a d_j N_b
 *                                       + mu (d_j N_a d_i N_b + delta_ij grad N_a . grad N_b))
 *   source      F_a      = sum_q w_q |J_q| f(x_q) N_a,   f(x_q) = sum_b f_b N_b(x_q) or f_cell
 *   body force  F_ai     = b_i sum_q w_q |J_q| N_a
 *   eigenstrain F_ai     = sum_q w_q |J_q| sum_j s_ij d_j N_a,   s = lambda tr(eps*) I + 2 mu eps*
 * </pre>
 *
 * Callers run the blocks of one colour in parallel, or all blocks with atomic = true.
 */
public final class AssemblyOps {

    private static final VarHandle DOUBLES = MethodHandles.arrayElementVarHandle(double[].class);

    /** Full 3x3 row-major index to the Voigt index [xx, yy, zz, yz, xz, xy]. */
    private static final int[] VOIGT = {0, 5, 4, 5, 1, 3, 4, 3, 2};

    private AssemblyOps() {
    }

    /** Scratch arrays of one thread, the private arrays of a work-item. */
    public static final class Scratch {
        final double[] jac = new double[9];
        final double[] inv = new double[9];
        final double[] wdet;
        final double[] g;
        final double[] sig = new double[9];

        /** @param t (Input) the largest tables the thread will use. Not modified. */
        public Scratch(CellTables t) {
            wdet = new double[t.nqp()];
            g = new double[t.nqp() * t.type().nodes() * t.type().dim()];
        }
    }

    /** The work of one cell position. */
    @FunctionalInterface
    public interface CellBody {
        void cell(int p);
    }

    /**
     * The loop of one work-group per block: blocks [lo, hi) of the colouring, each piece after piece
     * (the OpenCL twin puts a barrier between pieces), each piece cell after cell.
     *
     * @param lo   (Input) first block.
     * @param hi   (Input) one past the last block.
     * @param col  (Input) the colouring. Not modified.
     * @param body (Input) the cell work.
     */
    public static void blocks(int lo, int hi, CellColouring col, CellBody body) {
        for (int b = lo; b < hi; b++) {
            for (int piece = col.blockPieces()[b]; piece < col.blockPieces()[b + 1]; piece++) {
                for (int p = col.pieceStart()[piece]; p < col.pieceStart()[piece + 1]; p++) {
                    body.cell(p);
                }
            }
        }
    }

    /**
     * Geometry of one cell at every quadrature point.
     *
     * @param cell   (Input) cell number.
     * @param t      (Input) tables of the cell type and rule. Not modified.
     * @param coords (Input) node coordinates. Not modified.
     * @param conn   (Input) connectivity. Not modified.
     * @param s      (Output) s.wdet = w_q |det J_q|; s.g = physical gradients [(q * nodes + a) * dim + d]
     *               when withGrads.
     * @param withGrads (Input) whether to compute the gradients.
     */
    public static void geometry(int cell, CellTables t, double[] coords, int[] conn, Scratch s, boolean withGrads) {
        int dim = t.type().dim();
        int nodes = t.type().nodes();
        double[] dn = t.grads();
        double[] jac = s.jac;
        double[] inv = s.inv;
        for (int q = 0; q < t.nqp(); q++) {
            for (int k = 0; k < dim * dim; k++) {
                jac[k] = 0.0;
            }
            for (int a = 0; a < nodes; a++) {
                int node = conn[cell * nodes + a];
                for (int d = 0; d < dim; d++) {
                    for (int e = 0; e < dim; e++) {
                        jac[d * dim + e] += coords[node * dim + d] * dn[(q * nodes + a) * dim + e];
                    }
                }
            }
            double det;
            if (dim == 2) {
                det = jac[0] * jac[3] - jac[1] * jac[2];
                inv[0] = jac[3] / det;
                inv[1] = -jac[1] / det;
                inv[2] = -jac[2] / det;
                inv[3] = jac[0] / det;
            } else {
                double c00 = jac[4] * jac[8] - jac[5] * jac[7];
                double c01 = jac[5] * jac[6] - jac[3] * jac[8];
                double c02 = jac[3] * jac[7] - jac[4] * jac[6];
                det = jac[0] * c00 + jac[1] * c01 + jac[2] * c02;
                inv[0] = c00 / det;
                inv[1] = (jac[2] * jac[7] - jac[1] * jac[8]) / det;
                inv[2] = (jac[1] * jac[5] - jac[2] * jac[4]) / det;
                inv[3] = c01 / det;
                inv[4] = (jac[0] * jac[8] - jac[2] * jac[6]) / det;
                inv[5] = (jac[2] * jac[3] - jac[0] * jac[5]) / det;
                inv[6] = c02 / det;
                inv[7] = (jac[1] * jac[6] - jac[0] * jac[7]) / det;
                inv[8] = (jac[0] * jac[4] - jac[1] * jac[3]) / det;
            }
            s.wdet[q] = t.weights()[q] * Math.abs(det);
            if (withGrads) {
                for (int a = 0; a < nodes; a++) {
                    for (int d = 0; d < dim; d++) {
                        double v = 0.0;
                        for (int e = 0; e < dim; e++) {
                            v += dn[(q * nodes + a) * dim + e] * inv[e * dim + d];
                        }
                        s.g[(q * nodes + a) * dim + d] = v;
                    }
                }
            }
        }
    }

    /**
     * Adds k grad u . grad v of the cell at position p.
     *
     * @param p      (Input) cell position.
     * @param t      (Input) stiffness tables. Not modified.
     * @param coords (Input) node coordinates. Not modified.
     * @param conn   (Input) connectivity. Not modified.
     * @param order  (Input) cell order. Not modified.
     * @param slots  (Input) slot map in that order. Not modified.
     * @param k      (Input) per-cell coefficient. Not modified.
     * @param val    (Input/Output) CSR values.
     * @param atomic (Input) whether other threads add into the same slots concurrently.
     * @param s      (Input) this thread's scratch.
     */
    public static void diffusionCell(int p, CellTables t, double[] coords, int[] conn, int[] order, int[] slots,
            double[] k, double[] val, boolean atomic, Scratch s) {
        int dim = t.type().dim();
        int nodes = t.type().nodes();
        double[] g = s.g;
        int cell = order[p];
        geometry(cell, t, coords, conn, s, true);
        double coef = k[cell];
        for (int a = 0; a < nodes; a++) {
            for (int b = 0; b < nodes; b++) {
                double e = 0.0;
                for (int q = 0; q < t.nqp(); q++) {
                    double dot = 0.0;
                    for (int d = 0; d < dim; d++) {
                        dot += g[(q * nodes + a) * dim + d] * g[(q * nodes + b) * dim + d];
                    }
                    e += s.wdet[q] * dot;
                }
                add(val, slots[(p * nodes + a) * nodes + b], coef * e, atomic);
            }
        }
    }

    /** Adds rho u v of the cell at position p; arguments as {@link #diffusionCell}, t the mass tables. */
    public static void massCell(int p, CellTables t, double[] coords, int[] conn, int[] order, int[] slots,
            double[] rho, double[] val, boolean atomic, Scratch s) {
        int nodes = t.type().nodes();
        double[] n = t.values();
        int cell = order[p];
        geometry(cell, t, coords, conn, s, false);
        double coef = rho[cell];
        for (int a = 0; a < nodes; a++) {
            for (int b = 0; b < nodes; b++) {
                double e = 0.0;
                for (int q = 0; q < t.nqp(); q++) {
                    e += s.wdet[q] * n[q * nodes + a] * n[q * nodes + b];
                }
                add(val, slots[(p * nodes + a) * nodes + b], coef * e, atomic);
            }
        }
    }

    /**
     * Adds lambda div u div v + 2 mu eps(u) : eps(v) of the cell at position p; arguments as
     * {@link #diffusionCell} with per-cell Lame parameters lambda and mu; blockSize = dim.
     */
    public static void elasticityCell(int p, CellTables t, double[] coords, int[] conn, int[] order, int[] slots,
            double[] lambda, double[] mu, double[] val, boolean atomic, Scratch s) {
        int dim = t.type().dim();
        int nodes = t.type().nodes();
        int ldofs = nodes * dim;
        double[] g = s.g;
        int cell = order[p];
        geometry(cell, t, coords, conn, s, true);
        double lam = lambda[cell];
        double m = mu[cell];
        for (int a = 0; a < nodes; a++) {
            for (int b = 0; b < nodes; b++) {
                for (int i = 0; i < dim; i++) {
                    for (int j = 0; j < dim; j++) {
                        double e = 0.0;
                        for (int q = 0; q < t.nqp(); q++) {
                            int ga = (q * nodes + a) * dim;
                            int gb = (q * nodes + b) * dim;
                            double v = g[ga + j] * g[gb + i];
                            if (i == j) {
                                for (int d = 0; d < dim; d++) {
                                    v += g[ga + d] * g[gb + d];
                                }
                            }
                            e += s.wdet[q] * (lam * g[ga + i] * g[gb + j] + m * v);
                        }
                        add(val, slots[(p * ldofs + a * dim + i) * ldofs + b * dim + j], e, atomic);
                    }
                }
            }
        }
    }

    /**
     * Adds (f, v) of the cell at position p into a load vector, f interpolated from nodal values or
     * constant on the cell.
     *
     * @param p       (Input) cell position.
     * @param t       (Input) mass tables. Not modified.
     * @param coords  (Input) node coordinates. Not modified.
     * @param conn    (Input) connectivity, also the numbering of nodal f. Not modified.
     * @param dofConn (Input) connectivity in dof-node numbering, the rows of rhs. Not modified.
     * @param order   (Input) cell order. Not modified.
     * @param f       (Input) one value per node (perNode) or per cell. Not modified.
     * @param perNode (Input) whether f is nodal.
     * @param rhs     (Input/Output) load vector, one dof per node.
     * @param atomic  (Input) whether other threads add into the same rows concurrently.
     * @param s       (Input) this thread's scratch; s.wdet ends as w_q |J_q| f(x_q).
     */
    public static void sourceCell(int p, CellTables t, double[] coords, int[] conn, int[] dofConn, int[] order,
            double[] f, boolean perNode, double[] rhs, boolean atomic, Scratch s) {
        int nodes = t.type().nodes();
        double[] n = t.values();
        int cell = order[p];
        geometry(cell, t, coords, conn, s, false);
        for (int q = 0; q < t.nqp(); q++) {
            double fq = 0.0;
            if (perNode) {
                for (int b = 0; b < nodes; b++) {
                    fq += n[q * nodes + b] * f[conn[cell * nodes + b]];
                }
            } else {
                fq = f[cell];
            }
            s.wdet[q] = s.wdet[q] * fq;
        }
        for (int a = 0; a < nodes; a++) {
            double e = 0.0;
            for (int q = 0; q < t.nqp(); q++) {
                e += s.wdet[q] * n[q * nodes + a];
            }
            add(rhs, dofConn[cell * nodes + a], e, atomic);
        }
    }

    /**
     * Adds (b, v) of the cell at position p, b constant on the cell; arguments as {@link #sourceCell}
     * with force holding dim values of b per cell and rhs dim dofs per node.
     */
    public static void bodyForceCell(int p, CellTables t, double[] coords, int[] conn, int[] dofConn, int[] order,
            double[] force, double[] rhs, boolean atomic, Scratch s) {
        int dim = t.type().dim();
        int nodes = t.type().nodes();
        double[] n = t.values();
        int cell = order[p];
        geometry(cell, t, coords, conn, s, false);
        for (int a = 0; a < nodes; a++) {
            double w = 0.0;
            for (int q = 0; q < t.nqp(); q++) {
                w += s.wdet[q] * n[q * nodes + a];
            }
            for (int i = 0; i < dim; i++) {
                add(rhs, dofConn[cell * nodes + a] * dim + i, force[cell * dim + i] * w, atomic);
            }
        }
    }

    /**
     * Adds (C eps*, grad v) of the cell at position p, C eps* = lambda tr(eps*) I + 2 mu eps*; arguments as
     * {@link #sourceCell} with t the stiffness tables, per-cell Lame parameters lambda and mu, eps six Voigt
     * values per cell and rhs dim dofs per node.
     */
    public static void eigenstrainCell(int p, CellTables t, double[] coords, int[] conn, int[] dofConn,
            int[] order, double[] lambda, double[] mu, double[] eps, double[] rhs, boolean atomic, Scratch s) {
        int dim = t.type().dim();
        int nodes = t.type().nodes();
        double[] g = s.g;
        double[] sig = s.sig;
        int cell = order[p];
        geometry(cell, t, coords, conn, s, true);
        double tr = eps[cell * 6] + eps[cell * 6 + 1] + eps[cell * 6 + 2];
        for (int k = 0; k < 9; k++) {
            sig[k] = 2.0 * mu[cell] * eps[cell * 6 + VOIGT[k]];
        }
        for (int k = 0; k < 9; k += 4) {
            sig[k] = sig[k] + lambda[cell] * tr;
        }
        for (int a = 0; a < nodes; a++) {
            for (int i = 0; i < dim; i++) {
                double e = 0.0;
                for (int q = 0; q < t.nqp(); q++) {
                    double v = 0.0;
                    for (int j = 0; j < dim; j++) {
                        v += sig[i * 3 + j] * g[(q * nodes + a) * dim + j];
                    }
                    e += s.wdet[q] * v;
                }
                add(rhs, dofConn[cell * nodes + a] * dim + i, e, atomic);
            }
        }
    }

    /** val[s] += e, by compare-and-swap when atomic. */
    static void add(double[] val, int s, double e, boolean atomic) {
        if (!atomic) {
            val[s] += e;
            return;
        }
        double old;
        do {
            old = (double) DOUBLES.getVolatile(val, s);
        } while (!DOUBLES.compareAndSet(val, s, old, old + e));
    }
}
