package org.interphase.assembly;

/**
 * One piece of a weak form at quadrature-point granularity, in the pointwise style of PETSc's PetscDS:
 * the residual of test function (node a, component i) is
 *
 * <pre>
 *   R_ai = sum_q w_q [ f0_i N_a + f1_id dN_a/dx_d ]
 * </pre>
 *
 * and the Jacobian blocks are g0_ij = d f0_i / d u_j (including shift * d f0_i / d ut_j),
 * g1_ijd = d f0_i / d(du_j/dx_d), g2_idj = d f1_id / d u_j, g3_idje = d f1_id / d(du_j/dx_e).
 * The assembler owns loops, shape functions and weights; a term owns only pointwise physics.
 */
public interface Term {

    int G0 = 1;
    int G1 = 2;
    int G2 = 4;
    int G3 = 8;

    /**
     * Adds this term's residual coefficients.
     *
     * @param p  (Input) the point. Not modified.
     * @param f0 (Output) added to: nf values.
     * @param f1 (Output) added to: nf * dim values, [i * dim + d].
     */
    void residual(PointState p, double[] f0, double[] f1);

    /**
     * Adds this term's Jacobian blocks (only those named by {@link #jacobianBlocks()} are read).
     *
     * @param g0 (Output) [i * nf + j].
     * @param g1 (Output) [(i * nf + j) * dim + d].
     * @param g2 (Output) [(i * dim + d) * nf + j].
     * @param g3 (Output) [((i * dim + d) * nf + j) * dim + e].
     */
    void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3);

    /** @return a bit set of G0..G3: which Jacobian blocks may be non-zero. */
    int jacobianBlocks();
}
