package org.interphase.physics.elasticity;

import org.interphase.assembly.DofMap;
import org.interphase.mesh.Mesh;

/**
 * The rigid-body modes of a displacement field (translations and infinitesimal rotations), the
 * near-null space smoothed-aggregation multigrid needs for elasticity: 3 vectors in 2D
 * ((1,0), (0,1), (-y, x)), 6 in 3D. Coordinates are taken relative to the mesh centroid.
 */
public final class RigidBodyModes {

    private RigidBodyModes() {
    }

    /**
     * @param mesh (Input) the mesh.
     * @param dofs (Input) a dof map with dim components per node.
     * @return the modes, each of length dofs.size().
     */
    public static double[][] of(Mesh mesh, DofMap dofs) {
        int dim = mesh.dim();
        int nm = dim == 2 ? 3 : 6;
        double[][] modes = new double[nm][dofs.size()];
        double[] c = new double[dim];
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int d = 0; d < dim; d++) {
                c[d] += mesh.x(i, d) / mesh.nodeCount();
            }
        }
        for (int i = 0; i < mesh.nodeCount(); i++) {
            double x = mesh.x(i, 0) - c[0];
            double y = mesh.x(i, 1) - c[1];
            for (int d = 0; d < dim; d++) {
                modes[d][dofs.dof(i, d)] = 1.0;
            }
            if (dim == 2) {
                modes[2][dofs.dof(i, 0)] = -y;
                modes[2][dofs.dof(i, 1)] = x;
            } else {
                double z = mesh.x(i, 2) - c[2];
                modes[3][dofs.dof(i, 0)] = -y;
                modes[3][dofs.dof(i, 1)] = x;
                modes[4][dofs.dof(i, 1)] = -z;
                modes[4][dofs.dof(i, 2)] = y;
                modes[5][dofs.dof(i, 0)] = z;
                modes[5][dofs.dof(i, 2)] = -x;
            }
        }
        return modes;
    }
}
