package org.interphase.physics.czm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;

/** The C1 closed forms of validation.md for the law alone, its tangent, irreversibility and contact. */
class BilinearMixedModeLawTest {

    /** K = 100, N = S = 1, G_Ic = 1, G_IIc = 2, BK eta = 2 (validation.md C1). */
    static BilinearMixedModeLaw c1Law() {
        return new BilinearMixedModeLaw(100, 1, 1, 1, 2, BilinearMixedModeLaw.Criterion.BK, 2, 0);
    }

    private static final double EXACT = 1e-12;
    private static final double ENERGY = 1e-3;

    @Test
    void onsetAndFinalJumpsMatchTheClosedForms() {
        BilinearMixedModeLaw law = c1Law();
        assertEquals(0.01, law.normalOnsetJump(), EXACT);
        assertEquals(0.01, law.shearOnsetJump(), EXACT);
        assertEquals(0.01, law.onsetJump(1.0), EXACT);
        assertEquals(2.0, law.finalJump(0.0), 2.0 * EXACT);
        assertEquals(4.0, law.finalJump(Double.POSITIVE_INFINITY), 4.0 * EXACT);
        assertEquals(2.5, law.finalJump(1.0), 2.5 * EXACT);
    }

    /** Work of the traction along a proportional path to full separation, trapezoid on a fine grid. */
    private static double work(TractionLaw law, double angle, double end, int steps) {
        double[] dir = {Math.cos(angle), Math.sin(angle)};
        double[] h = new double[law.historySize()];
        double[] trial = new double[h.length];
        law.initialize(h, 0);
        double[] t = new double[2];
        double[] tan = new double[4];
        double prev = 0;
        double w = 0;
        for (int i = 1; i <= steps; i++) {
            double r = end * i / steps;
            law.evaluate(2, new double[] {r * dir[0], r * dir[1]}, h, trial, 0, 1.0, t, tan);
            double proj = t[0] * dir[0] + t[1] * dir[1];
            w += 0.5 * (prev + proj) * end / steps;
            prev = proj;
            System.arraycopy(trial, 0, h, 0, h.length);
        }
        assertEquals(1.0, law.damage(h, 0), 0.0, "separated at the end of the path");
        return w;
    }

    @Test
    void dissipatedEnergyIsTheFractureEnergyOfEachMode() {
        BilinearMixedModeLaw law = c1Law();
        assertEquals(1.0, work(law, 0, 2.2, 22000), ENERGY);
        assertEquals(2.0, work(law, Math.PI / 2, 4.4, 44000), 2 * ENERGY);
        assertEquals(1.25, work(law, Math.PI / 4, 2.75, 27500), 1.25 * ENERGY);
    }

    @Test
    void powerLawMatchesBkInPureModesAndItsOwnMixedValue() {
        BilinearMixedModeLaw p = new BilinearMixedModeLaw(100, 1, 1, 1, 2, BilinearMixedModeLaw.Criterion.POWER_LAW,
                2, 0);
        assertEquals(2.0, p.finalJump(0.0), 1e-12);
        assertEquals(4.0, p.finalJump(Double.POSITIVE_INFINITY), 1e-12);
        // beta = 1: G_c = 2 / sqrt(1 + 1/4) = 1.78885...
        double gc = 2 / Math.sqrt(1.25);
        assertEquals(2 * gc / (100 * 0.01), p.finalJump(1.0), 1e-12);
        assertEquals(gc, work(p, Math.PI / 4, 2 * gc / 1.0 * 1.1, 40000), gc * ENERGY);
    }

    @Test
    void tangentMatchesCentralDifferences() {
        Random rnd = new Random(7);
        for (BilinearMixedModeLaw.Criterion c : BilinearMixedModeLaw.Criterion.values()) {
            BilinearMixedModeLaw law = new BilinearMixedModeLaw(100, 1, 1.5, 1, 2, c, 1.7, 0.3);
            for (int dim = 2; dim <= 3; dim++) {
                for (int trialNo = 0; trialNo < 200; trialNo++) {
                    double[] jump = new double[dim];
                    for (int j = 0; j < dim; j++) {
                        jump[j] = (rnd.nextDouble() * 2 - 0.6) * 0.05;
                    }
                    double[] committed = new double[law.historySize()];
                    law.initialize(committed, 0);
                    committed[BilinearMixedModeLaw.DAMAGE] = rnd.nextDouble() < 0.5 ? 0 : 0.2 * rnd.nextDouble();
                    committed[BilinearMixedModeLaw.VISCOUS_DAMAGE] = committed[BilinearMixedModeLaw.DAMAGE];
                    checkTangent(law, dim, jump, committed);
                }
            }
        }
    }

    private static void checkTangent(TractionLaw law, int dim, double[] jump, double[] committed) {
        double[] trial = new double[law.historySize()];
        double[] t = new double[dim];
        double[] tan = new double[dim * dim];
        law.evaluate(dim, jump, committed, trial, 0, 0.1, t, tan);
        double h = 1e-7;
        double scale = 0;
        for (double v : tan) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < dim; j++) {
            double[] jp = jump.clone();
            double[] jm = jump.clone();
            jp[j] += h;
            jm[j] -= h;
            double[] tp = new double[dim];
            double[] tm = new double[dim];
            law.evaluate(dim, jp, committed, trial, 0, 0.1, tp, new double[dim * dim]);
            law.evaluate(dim, jm, committed, trial, 0, 0.1, tm, new double[dim * dim]);
            if (kinked(law, dim, jp, jm, committed)) {
                continue;
            }
            for (int i = 0; i < dim; i++) {
                double fd = (tp[i] - tm[i]) / (2 * h);
                assertEquals(fd, tan[i * dim + j], 1e-5 * scale, "dt_" + i + "/ddelta_" + j + " at "
                        + java.util.Arrays.toString(jump));
            }
        }
    }

    /** Central differences straddle a kink (onset, loading/unloading switch or contact) there. */
    private static boolean kinked(TractionLaw law, int dim, double[] jp, double[] jm, double[] committed) {
        double[] a = new double[law.historySize()];
        double[] b = new double[law.historySize()];
        double[] t = new double[dim];
        double[] k = new double[dim * dim];
        double[] kp = new double[dim * dim];
        law.evaluate(dim, jp, committed, a, 0, 0.1, t, kp);
        law.evaluate(dim, jm, committed, b, 0, 0.1, t, k);
        boolean damageBranch = (a[0] > committed[0]) != (b[0] > committed[0]) || (a[0] > 0) != (b[0] > 0);
        return damageBranch || (jp[0] > 0) != (jm[0] > 0);
    }

    @Test
    void damageNeverDecreasesAndUnloadingIsSecant() {
        BilinearMixedModeLaw law = c1Law();
        double[] h = new double[law.historySize()];
        double[] trial = new double[h.length];
        law.initialize(h, 0);
        double[] t = new double[2];
        double[] tan = new double[4];
        law.evaluate(2, new double[] {0.5, 0}, h, trial, 0, 1, t, tan);
        System.arraycopy(trial, 0, h, 0, h.length);
        double d = law.damage(h, 0);
        assertTrue(d > 0 && d < 1);
        law.evaluate(2, new double[] {0.2, 0}, h, trial, 0, 1, t, tan);
        assertEquals(d, law.damage(trial, 0), 0.0, "unloading keeps the damage");
        assertEquals((1 - d) * 100 * 0.2, t[0], 1e-12, "unloading follows the secant to the origin");
        assertEquals((1 - d) * 100, tan[0], 1e-12, "the unloading tangent is the secant stiffness");
    }

    @Test
    void compressionCarriesTheFullPenaltyAndNoDamage() {
        BilinearMixedModeLaw law = c1Law();
        double[] h = new double[law.historySize()];
        double[] trial = new double[h.length];
        law.separate(h, 0);
        double[] t = new double[2];
        double[] tan = new double[4];
        law.evaluate(2, new double[] {-0.3, 0.1}, h, trial, 0, 1, t, tan);
        assertEquals(-30.0, t[0], 1e-12);
        assertEquals(0.0, t[1], 1e-12, "a separated interface carries no shear");
        assertEquals(100.0, tan[0], 1e-12);
    }

    @Test
    void viscousRegularizationLagsTheDamage() {
        BilinearMixedModeLaw law = new BilinearMixedModeLaw(100, 1, 1, 1, 2, BilinearMixedModeLaw.Criterion.BK, 2,
                1.0);
        double[] h = new double[law.historySize()];
        double[] trial = new double[h.length];
        law.initialize(h, 0);
        double[] t = new double[2];
        law.evaluate(2, new double[] {1.0, 0}, h, trial, 0, 1.0, t, new double[4]);
        double d = trial[BilinearMixedModeLaw.DAMAGE];
        assertEquals(d / 2, trial[BilinearMixedModeLaw.VISCOUS_DAMAGE], 1e-14);
    }

    @Test
    void tooSoftPenaltyIsRejectedWithAReason() {
        InputException e = assertThrows(InputException.class, () -> new BilinearMixedModeLaw(1, 1, 1, 0.4, 2,
                BilinearMixedModeLaw.Criterion.BK, 2, 0));
        assertTrue(e.getMessage().contains("too soft"), e.getMessage());
        e = assertThrows(InputException.class, () -> new BilinearMixedModeLaw(100, -1, 1, 1, 2,
                BilinearMixedModeLaw.Criterion.BK, 2, 0));
        assertTrue(e.getMessage().contains("normal strength N must be positive"), e.getMessage());
    }
}
