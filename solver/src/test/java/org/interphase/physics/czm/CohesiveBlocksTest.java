package org.interphase.physics.czm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.Mesh;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.nonlinear.NewtonSolver;
import org.interphase.physics.elasticity.ElasticModel;
import org.interphase.time.StepController;
import org.interphase.time.TimeLoop;
import org.junit.jupiter.api.Test;

/** validation.md C1 assembled: two stiff blocks pulled apart through one interface, 2D and 3D. */
class CohesiveBlocksTest {

    static Mesh blocks2d(int order, int nx) {
        return LayeredMesher.build(new double[] {0, 0}, List.of(List.of(new LayeredMesher.Segment(1, nx))),
                List.of(new LayeredMesher.Layer("lower", List.of(new LayeredMesher.Segment(1, 1))),
                        new LayeredMesher.Layer("upper", List.of(new LayeredMesher.Segment(1, 1)))), order);
    }

    static Mesh blocks3d(int order) {
        return LayeredMesher.build(new double[] {0, 0, 0}, List.of(List.of(new LayeredMesher.Segment(1, 1)),
                List.of(new LayeredMesher.Segment(1, 1))),
                List.of(new LayeredMesher.Layer("lower", List.of(new LayeredMesher.Segment(1, 1))),
                        new LayeredMesher.Layer("upper", List.of(new LayeredMesher.Segment(1, 1)))), order);
    }

    /** Runs the blocks to full separation along a direction; returns {dissipated, final jump, work}. */
    static double[] pull(Mesh mesh, double[] dir, double end, CohesiveInterface.Integration rule) {
        int dim = mesh.dim();
        CohesiveProblem p = new CohesiveProblem(mesh, dim == 2 ? ElasticModel.PLANE_STRAIN : ElasticModel.SOLID,
                new Scaling(1.0, 1e12, dim));
        p.material("lower", 1e12, 0).material("upper", 1e12, 0);
        p.addInterface(new InterfaceInsertion.Spec("bond", "lower_upper", null, null),
                BilinearMixedModeLawTest.c1Law(), rule, List.of());
        String top = dim == 2 ? "top" : "front";
        String bottom = dim == 2 ? "bottom" : "back";
        for (int c = 0; c < dim; c++) {
            p.displacement(bottom, c, 0, false);
            int axis = dim == 2 ? c : c;
            p.displacement(top, axis, end * dir[c], true);
        }
        p.setup();
        NewtonOptions o = new NewtonOptions();
        o.rtol = 1e-12;
        o.atol = 1e-30;
        SolverOptions so = new SolverOptions();
        so.method = "direct";
        so.blockSize = dim;
        LoadStepper stepper = new LoadStepper(p, new NewtonSolver(o, LinearSolvers.create(so)), 1.0);
        StepController sc = new StepController(1e-3, 1e-8, 0.01);
        try {
            new TimeLoop(stepper, sc, (s, t, dt, out) -> { }, () -> false).run(1.0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        CohesiveState st = stepper.state();
        double psi = p.bulkEnergy(st.u) + p.interfaceEnergy();
        CohesiveInterface ci = p.interfaces().get(0);
        double[] last = ci.history(BilinearMixedModeLaw.FINAL_JUMP);
        assertEquals(1.0, ci.maxDamage(), 0.0);
        double e = p.scaling().energy();
        return new double[] {(st.work - psi) * e, last[0] * p.scaling().length(), st.work * e};
    }

    @Test
    void modeOneTwoAndMixedDissipateTheFractureEnergy2d() {
        for (CohesiveInterface.Integration rule : CohesiveInterface.Integration.values()) {
            double[] a = pull(blocks2d(1, 1), new double[] {0, 1}, 2.2, rule);
            assertEquals(1.0, a[0], 1e-3, rule + " mode I energy");
            assertEquals(2.0, a[1], 2e-10, "mode I final jump");
            double[] b = pull(blocks2d(1, 1), new double[] {1, 0}, 4.4, rule);
            assertEquals(2.0, b[0], 2e-3, "mode II energy");
            assertEquals(4.0, b[1], 4e-10, "mode II final jump");
            double s = Math.sqrt(0.5);
            double[] c = pull(blocks2d(2, 2), new double[] {s, s}, 2.75, rule);
            assertEquals(1.25, c[0], 1.25e-3, "mixed energy");
            assertEquals(2.5, c[1], 2.5e-10, "mixed final jump");
        }
    }

    @Test
    void threeDimensionalBlocksToo() {
        double[] a = pull(blocks3d(1), new double[] {0, 0, 1}, 2.2, CohesiveInterface.Integration.NEWTON_COTES);
        assertEquals(1.0, a[0], 1e-3);
        double[] b = pull(blocks3d(2), new double[] {0.6, 0.8, 0}, 4.4, CohesiveInterface.Integration.GAUSS);
        assertEquals(2.0, b[0], 2e-3);
        assertTrue(b[1] > 3.999999 && b[1] < 4.000001, "pure shear final jump " + b[1]);
    }
}
