package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Java source of PFHub BM7a against the values printed by validation/reference/phasefield/bm7_source.py. */
class Benchmark7SolutionTest {

    /** Relative agreement with SymPy's 17-digit values (closed form vs. expanded derivative: a few ulps). */
    private static final double REL = 1e-12;

    /** x, y, t, eta, S as printed by the script. */
    private static final double[][] PRINTED = {
        {0.1, 0.2, 0.0, 0.99169382102858272, 0.070554895713661012},
        {0.35, 0.26, 2.5, 0.29868448985155038, -0.55714125117350233},
        {0.5, 0.25, 8.0, 0.10704180146517042, -0.72907581568946966},
        {0.71, 0.3, 5.0, 0.0019835641592132083, -0.028171427823956575},
        {0.9, 0.22, 8.0, 0.79310479030982639, 0.4237179948611568},
        {0.03, 0.28, 1.0, 0.46643821557088722, 0.77081754707952832},
        {0.62, 0.241, 7.3, 0.85237149314423821, 0.29262421745266687},
    };

    @Test
    void matchesTheSymPyScript() {
        for (double[] p : PRINTED) {
            assertEquals(p[3], Benchmark7Solution.eta(p[0], p[1], p[2]), REL * Math.abs(p[3]));
            assertEquals(p[4], Benchmark7Solution.source(p[0], p[1], p[2]), REL * Math.abs(p[4]));
        }
    }

    @Test
    void sourceIsTheResidualOfTheExactSolution() {
        double h = 1e-4;
        double x = 0.43;
        double y = 0.27;
        double t = 3.1;
        double e = Benchmark7Solution.eta(x, y, t);
        double et = (Benchmark7Solution.eta(x, y, t + h) - Benchmark7Solution.eta(x, y, t - h)) / (2 * h);
        double lap = (Benchmark7Solution.eta(x + h, y, t) + Benchmark7Solution.eta(x - h, y, t)
                + Benchmark7Solution.eta(x, y + h, t) + Benchmark7Solution.eta(x, y - h, t) - 4 * e) / (h * h);
        double s = et + 4 * e * (e - 1) * (e - 0.5) - Benchmark7Solution.KAPPA * lap;
        assertEquals(s, Benchmark7Solution.source(x, y, t), 1e-5);
    }
}
