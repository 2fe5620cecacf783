package org.interphase.physics.elasticity;

import org.interphase.assembly.DofMap;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.mesh.Mesh;

/**
 * Errors of a displacement solution against a closed form: L2 norm of u - u_ex and energy norm
 * sqrt(int (eps_h - eps_ex) : C : (eps_h - eps_ex)), with a quadrature of degree 2 p + 4 so the exact
 * solution's non-polynomial parts are integrated well beyond the discretization error.
 *
 * @param l2           ||u_h - u||_L2.
 * @param energy       ||u_h - u||_E.
 * @param l2Norm       ||u||_L2 (for relative errors).
 * @param energyNorm   ||u||_E.
 */
public record ElasticityErrors(double l2, double energy, double l2Norm, double energyNorm) {

    /**
     * @param mesh (Input) the mesh.
     * @param dofs (Input) displacement dof map.
     * @param u    (Input) displacement dofs.
     * @param ref  (Input) the exact solution.
     * @param law  (Input) the material (one material everywhere).
     */
    public static ElasticityErrors of(Mesh mesh, DofMap dofs, double[] u, ElasticReference ref, IsotropicElasticLaw law) {
        int dim = mesh.dim();
        int n = mesh.cellType().nodes();
        CellValues cv = new CellValues(mesh, ElementTables.of(mesh.cellType(), 2 * mesh.cellType().order() + 4));
        double[] x = new double[dim];
        double[] ue = new double[dim];
        double[] due = new double[dim * dim];
        double[] uh = new double[dim];
        double[] duh = new double[dim * dim];
        double[] d = new double[dim * dim];
        double[] eps = new double[9];
        double[] sig = new double[9];
        double[] epsEx = new double[9];
        double[] sigEx = new double[9];
        double l2 = 0;
        double en = 0;
        double l2n = 0;
        double enn = 0;
        for (int c = 0; c < mesh.cellCount(); c++) {
            cv.reinit(c);
            for (int q = 0; q < cv.nq(); q++) {
                java.util.Arrays.fill(uh, 0.0);
                java.util.Arrays.fill(duh, 0.0);
                for (int a = 0; a < n; a++) {
                    int node = cv.node(a);
                    for (int i = 0; i < dim; i++) {
                        double v = u[dofs.dof(node, i)];
                        uh[i] += cv.shape(q, a) * v;
                        for (int k = 0; k < dim; k++) {
                            duh[i * dim + k] += cv.grad(q, a, k) * v;
                        }
                    }
                }
                for (int k = 0; k < dim; k++) {
                    x[k] = cv.x(q, k);
                }
                ref.displacement(x, ue);
                ref.displacementGradient(x, due);
                double w = cv.jxw(q);
                for (int i = 0; i < dim; i++) {
                    l2 += w * (uh[i] - ue[i]) * (uh[i] - ue[i]);
                    l2n += w * ue[i] * ue[i];
                }
                for (int k = 0; k < dim * dim; k++) {
                    d[k] = duh[k] - due[k];
                }
                ElasticityTerm.strain(dim, d, eps);
                law.stress(eps, null, sig);
                en += w * 2 * law.energyDensity(eps, null, sig);
                ElasticityTerm.strain(dim, due, epsEx);
                law.stress(epsEx, null, sigEx);
                enn += w * 2 * law.energyDensity(epsEx, null, sigEx);
            }
        }
        return new ElasticityErrors(Math.sqrt(l2), Math.sqrt(en), Math.sqrt(l2n), Math.sqrt(enn));
    }
}
