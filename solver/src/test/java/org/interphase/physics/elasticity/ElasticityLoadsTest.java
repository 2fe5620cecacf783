package org.interphase.physics.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshDistortion;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/**
 * The two routes of the cell loads in {@link ElasticityProblem#solve}: constant body forces and eigenstrains
 * go to the device load kernels, position-dependent ones to the pointwise assembler. The same loads given
 * both ways (a constant, and the same constant behind a lambda) give the same displacements and reactions
 * in plane strain, plane stress and 3D, P1 and P2.
 */
class ElasticityLoadsTest {

    /** The two routes integrate the same polynomials by different rules and arithmetic: rounding only. */
    static final double ROUTE_RTOL = 1e-10;

    private static final double[] EIGENSTRAIN = {2e-3, 4e-4, -6e-4, 4e-4, -1e-3, 3e-4, -6e-4, 3e-4, 1.5e-3};

    private static ElasticityProblem problem(Mesh mesh, ElasticModel model, boolean constant) {
        ElasticityProblem p = new ElasticityProblem(mesh, model);
        IsotropicElasticLaw law = new IsotropicElasticLaw(70e9, 0.3, model);
        double[] b = {3e9, -2e9, 1e9};
        double[] t = {0.0, 5e7, -2e7};
        if (constant) {
            p.material("domain", law, Eigenstrain.constant(EIGENSTRAIN));
            p.bodyForce(VectorField.constant(b));
        } else {
            p.material("domain", law, (ps, eig) -> System.arraycopy(EIGENSTRAIN, 0, eig, 0, 9));
            p.bodyForce((x, n, out) -> System.arraycopy(b, 0, out, 0, out.length));
        }
        for (int c = 0; c < mesh.dim(); c++) {
            p.displacement("left", c, x -> 0.0);
        }
        p.traction("right", VectorField.constant(t));
        return p;
    }

    private static void sameOnBothRoutes(Mesh mesh, ElasticModel model) {
        SolverOptions o = new SolverOptions();
        o.method = "direct";
        ElasticitySolution device = problem(mesh, model, true).solve(o);
        ElasticitySolution host = problem(mesh, model, false).solve(o);
        double scale = host.maxDisplacement();
        for (int i = 0; i < host.u().length; i++) {
            assertEquals(host.u()[i], device.u()[i], ROUTE_RTOL * scale, model + " " + mesh.cellType() + " dof " + i);
        }
        double[] rh = host.reactions().get("left");
        double[] rd = device.reactions().get("left");
        double rs = Math.max(Math.abs(rh[0]), Math.abs(rh[1]));
        for (int c = 0; c < mesh.dim(); c++) {
            assertEquals(rh[c], rd[c], ROUTE_RTOL * rs, model + " " + mesh.cellType() + " reaction " + c);
        }
    }

    @Test
    void constantCellLoadsOnTheDeviceEqualThePointwiseAssembly() {
        for (int order = 1; order <= 2; order++) {
            Mesh plane = MeshDistortion.perturbInterior(RectangleMesher.build(0, 0, 2, 1, 6, 4, order,
                    RectangleMesher.Diagonal.RIGHT), 0.3, 7);
            sameOnBothRoutes(plane, ElasticModel.PLANE_STRAIN);
            sameOnBothRoutes(plane, ElasticModel.PLANE_STRESS);
            sameOnBothRoutes(MeshDistortion.perturbInterior(BoxMesher.build(0, 0, 0, 2, 1, 1, 3, 2, 2, order), 0.3,
                    7), ElasticModel.SOLID);
        }
    }
}
