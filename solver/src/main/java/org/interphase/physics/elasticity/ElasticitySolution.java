package org.interphase.physics.elasticity;

import java.util.Map;
import org.interphase.assembly.DofMap;
import org.interphase.linalg.SolveStats;
import org.interphase.mesh.Mesh;

/**
 * A solved elasticity problem: displacement dofs, solver statistics, derived stress fields and the
 * reaction force (N, per unit thickness in 2D) on every constrained boundary.
 *
 * @param reactions boundary name -> reaction force vector (dim values): the force the support exerts.
 */
public record ElasticitySolution(Mesh mesh, DofMap dofs, double[] u, SolveStats stats, StressRecovery stress,
        Map<String, double[]> reactions, double assembleSeconds, int nonzeros) {

    /** @return displacement component c at mesh node i. */
    public double displacement(int node, int c) {
        return u[dofs.dof(node, c)];
    }

    /** @return nodal displacements, dim per node. */
    public double[] nodalDisplacement() {
        return dofs.toNodal(u);
    }

    /** @return the largest displacement magnitude over the nodes. */
    public double maxDisplacement() {
        double m = 0;
        int dim = mesh.dim();
        for (int i = 0; i < mesh.nodeCount(); i++) {
            double s = 0;
            for (int c = 0; c < dim; c++) {
                double v = displacement(i, c);
                s += v * v;
            }
            m = Math.max(m, Math.sqrt(s));
        }
        return m;
    }
}
