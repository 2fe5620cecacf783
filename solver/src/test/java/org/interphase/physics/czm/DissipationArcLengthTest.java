package org.interphase.physics.czm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.interphase.core.SolverException;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolverOptions;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.nonlinear.NewtonSolver;
import org.interphase.physics.elasticity.ElasticModel;
import org.interphase.time.StepController;
import org.interphase.time.TimeLoop;
import org.junit.jupiter.api.Test;

/**
 * Snap-back: compliant blocks (E = 0.1) on the C1 interface store far more elastic energy at the peak than
 * the interface can dissipate, so the prescribed displacement must fall from about 20 to 2 while the
 * interface softens. Load stepping fails at the peak; dissipation control follows the branch and
 * dissipates exactly G_Ic.
 */
class DissipationArcLengthTest {

    private static CohesiveProblem compliantBlocks() {
        CohesiveProblem p = new CohesiveProblem(CohesiveBlocksTest.blocks2d(1, 1), ElasticModel.PLANE_STRAIN,
                new Scaling(1.0, 0.1, 2));
        p.material("lower", 0.1, 0).material("upper", 0.1, 0);
        p.addInterface(new InterfaceInsertion.Spec("bond", "lower_upper", null, null),
                BilinearMixedModeLawTest.c1Law(), CohesiveInterface.Integration.NEWTON_COTES, List.of());
        p.displacement("bottom", 0, 0, false).displacement("bottom", 1, 0, false);
        p.displacement("top", 0, 0, false).displacement("top", 1, 25, true);
        return p.setup();
    }

    private static NewtonSolver newton() {
        NewtonOptions o = new NewtonOptions();
        o.rtol = 1e-10;
        SolverOptions so = new SolverOptions();
        so.method = "direct";
        so.blockSize = 2;
        return new NewtonSolver(o, LinearSolvers.create(so));
    }

    @Test
    void loadSteppingStopsAtTheSnapBack() {
        LoadStepper s = new LoadStepper(compliantBlocks(), newton(), 1.0);
        assertThrows(SolverException.class, () -> new TimeLoop(s, new StepController(0.01, 1e-6, 0.02),
                (a, b, c, d) -> { }, () -> false).run(1.0));
        assertTrue(s.state().lambda > 0.79 && s.state().lambda < 0.81, "peak near 20/25: " + s.state().lambda);
    }

    @Test
    void dissipationControlFollowsTheSnapBackAndDissipatesTheFractureEnergy() throws IOException {
        CohesiveProblem p = compliantBlocks();
        NewtonOptions o = new NewtonOptions();
        o.rtol = 1e-10;
        SolverOptions so = new SolverOptions();
        so.method = "direct";
        so.blockSize = 2;
        DissipationArcLength s = new DissipationArcLength(p, o, LinearSolvers.create(so), LinearSolvers.create(so), 1.0,
                1.0 / p.scaling().energy());
        double[] minLambda = {1};
        double[] peak = {0};
        new TimeLoop(s, new StepController(0.01, 1e-7, 0.02), (step, t, dt, outcome) -> {
            peak[0] = Math.max(peak[0], s.state().lambda);
            if (peak[0] > 0.5) {
                minLambda[0] = Math.min(minLambda[0], s.state().lambda);
            }
        }, () -> false).run(1e9);
        assertEquals(1.0, s.state().lambda, 1e-12);
        assertTrue(s.dissipativeSteps() > 10, "dissipation-controlled steps: " + s.dissipativeSteps());
        assertTrue(minLambda[0] < 0.1, "the load factor falls back to about 2/25: " + minLambda[0]);
        double d = (s.state().work - p.bulkEnergy(s.state().u) - p.interfaceEnergy()) * p.scaling().energy();
        assertEquals(1.0, d, 1e-3);
        assertEquals(1.0, p.interfaces().get(0).maxDamage(), 0.0);
    }
}
