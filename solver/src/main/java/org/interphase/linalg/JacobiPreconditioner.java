package org.interphase.linalg;

import org.interphase.core.SolverException;
import org.interphase.kernels.VectorOps;

/** Point Jacobi: z = D^-1 r with D the diagonal of A. Symmetric, so valid with CG on SPD matrices. */
public final class JacobiPreconditioner implements Preconditioner {

    private double[] invDiag;

    @Override
    public void setup(CsrMatrix a) {
        invDiag = inverseDiagonal(a, "jacobi");
    }

    @Override
    public void apply(double[] r, double[] z) {
        VectorOps.multiply(invDiag, r, z, invDiag.length);
    }

    @Override
    public String describe() {
        return "jacobi";
    }

    /**
     * @param a     (Input) square matrix. Not modified.
     * @param where (Input) the caller's name, for the message.
     * @return 1 / a_ii for every row.
     * @throws SolverException when a diagonal entry is zero or not finite.
     */
    static double[] inverseDiagonal(CsrMatrix a, String where) {
        double[] d = a.diagonal();
        for (int i = 0; i < d.length; i++) {
            if (d[i] == 0.0 || !Double.isFinite(d[i])) {
                throw SolverException.of("%s: diagonal entry %d is %s; a dof no element touches, or a missing "
                        + "boundary condition, leaves an empty row: check the mesh and the constraints, or use "
                        + "ilu0 or method direct", where, i, d[i]);
            }
            d[i] = 1.0 / d[i];
        }
        return d;
    }
}
