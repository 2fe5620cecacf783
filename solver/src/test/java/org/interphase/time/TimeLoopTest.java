package org.interphase.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.interphase.core.SolverException;
import org.junit.jupiter.api.Test;

/** The time loop with backward Euler on du/dt = -u and with a stepper that fails above a step size. */
class TimeLoopTest {

    /** Backward Euler for du/dt = -u; fails (as a diverged Newton would) when dt > maxDt. */
    static final class Decay implements Stepper {
        double t;
        double u = 1.0;
        double trialU;
        double trialT;
        final double maxDt;

        Decay(double maxDt) {
            this.maxDt = maxDt;
        }

        @Override
        public double time() {
            return t;
        }

        @Override
        public boolean finished() {
            return false;
        }

        @Override
        public StepOutcome trial(double dt) {
            if (dt > maxDt) {
                return StepOutcome.failed(20, 0, "too large");
            }
            trialU = u / (1 + dt);
            trialT = t + dt;
            return StepOutcome.ok(2, 0);
        }

        @Override
        public void accept() {
            u = trialU;
            t = trialT;
        }

        @Override
        public void reject() {
        }

        @Override
        public StateSnapshot snapshot() {
            return new StateSnapshot().put("t", t).put("u", u);
        }

        @Override
        public void restore(StateSnapshot s) {
            t = s.scalar("t");
            u = s.scalar("u");
        }
    }

    @Test
    void landsExactlyOnTheEndTimeAndGrowsTheStep() throws Exception {
        Decay d = new Decay(1e9);
        List<Double> dts = new ArrayList<>();
        TimeLoop loop = new TimeLoop(d, new StepController(0.01, 1e-6, 0.5), (s, t, dt, o) -> dts.add(dt), () -> false);
        assertTrue(loop.run(2.0));
        assertEquals(2.0, d.time(), 1e-12);
        assertTrue(dts.get(1) > dts.get(0), "dt grows after easy steps");
        assertTrue(d.u < 1 && d.u > Math.exp(-2.0), "backward Euler decays slower than exp(-t)");
    }

    @Test
    void cutsBackAfterFailuresAndGivesUpBelowTheSmallestStep() throws Exception {
        Decay d = new Decay(0.05);
        TimeLoop loop = new TimeLoop(d, new StepController(0.4, 1e-3, 1.0), (s, t, dt, o) -> { }, () -> false);
        assertTrue(loop.run(1.0));
        assertTrue(loop.rejected() > 0);
        Decay never = new Decay(1e-4);
        TimeLoop stuck = new TimeLoop(never, new StepController(0.1, 1e-3, 1.0), (s, t, dt, o) -> { }, () -> false);
        SolverException e = assertThrows(SolverException.class, () -> stuck.run(1.0));
        assertTrue(e.getMessage().contains("smallest step"), e.getMessage());
    }

    @Test
    void stopsWhenAskedAndSnapshotsRestoreTheState() throws Exception {
        Decay d = new Decay(1e9);
        int[] calls = {0};
        TimeLoop loop = new TimeLoop(d, new StepController(0.1, 1e-6, 0.1), (s, t, dt, o) -> calls[0]++,
                () -> calls[0] >= 3);
        assertTrue(!loop.run(10.0));
        StateSnapshot s = d.snapshot();
        Decay e = new Decay(1e9);
        e.restore(s);
        assertEquals(d.u, e.u);
        assertEquals(d.t, e.t);
    }
}
