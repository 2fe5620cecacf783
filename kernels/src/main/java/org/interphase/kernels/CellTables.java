package org.interphase.kernels;

import org.interphase.kernels.fe.LagrangeBasis;
import org.interphase.kernels.fe.Quadrature;
import org.interphase.kernels.fe.QuadratureRule;

/**
 * Reference-element tables one assembly kernel needs: quadrature weights, shape values and reference
 * gradients at the points. Degrees: gradient-gradient forms (diffusion, elasticity) use 2(k - 1), mass
 * uses 2k, for order k: exact on straight-sided cells, the usual choice on curved ones.
 *
 * @param type    the cell type.
 * @param nqp     number of quadrature points.
 * @param weights nqp weights (reference measure).
 * @param values  shape values, [q * nodes + a].
 * @param grads   reference gradients, [(q * nodes + a) * dim + e].
 */
public record CellTables(SimplexType type, int nqp, double[] weights, double[] values, double[] grads) {

    /** @return the tables for gradient-gradient forms (degree 2(k - 1)). */
    public static CellTables stiffness(SimplexType type) {
        return of(type, 2 * (type.order() - 1));
    }

    /** @return the tables for the mass form (degree 2k). */
    public static CellTables mass(SimplexType type) {
        return of(type, 2 * type.order());
    }

    /** @return the tables for a rule exact to {@code degree}. */
    public static CellTables of(SimplexType type, int degree) {
        QuadratureRule rule = Quadrature.simplex(type.dim(), degree);
        double[][] t = LagrangeBasis.tabulate(type.dim(), type.order(), rule);
        return new CellTables(type, rule.size(), rule.weights(), t[0], t[1]);
    }

    /** @return the -D build options that fix this table's sizes in an OpenCL program. */
    public String buildOptions() {
        return "-D DIM=" + type.dim() + " -D NODES=" + type.nodes() + " -D NQP=" + nqp;
    }
}
