package org.interphase.physics.phasefield.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.interphase.core.InputException;
import org.interphase.physics.phasefield.analysis.ScharifkerHills.Mechanism;
import org.interphase.physics.phasefield.analysis.SyntheticTransient.Shape;
import org.junit.jupiter.api.Test;

/** The Scharifker-Hills curves, the peak finder and the classifier on generated transients. */
class ScharifkerHillsTest {

    /** Seed 000's constants give 1 at tau = 1 to four digits. */
    private static final double PRINTED = 1e-4;

    @Test
    void curvesPassThroughOneAtTheirPeakWithTheRightAsymptotes() {
        assertEquals(1.0, ScharifkerHills.instantaneous(1.0), PRINTED);
        assertEquals(1.0, ScharifkerHills.progressive(1.0), PRINTED);
        for (double tau = 0.5; tau <= 2.0; tau += 0.01) {
            assertTrue(ScharifkerHills.instantaneous(tau) <= ScharifkerHills.instantaneous(1.0) + PRINTED);
            assertTrue(ScharifkerHills.progressive(tau) <= ScharifkerHills.progressive(1.0) + PRINTED);
        }
        double small = 1e-4;
        assertEquals(1.9542 * 1.2564 * 1.2564 * small, ScharifkerHills.instantaneous(small), 1e-3 * 3.08 * small);
        assertEquals(1.2254 * Math.pow(2.3367, 2) * Math.pow(small, 3), ScharifkerHills.progressive(small),
                1e-3 * 6.7 * Math.pow(small, 3));
        assertEquals(1.9542 / 50, ScharifkerHills.instantaneous(50), 1e-12);
        assertEquals(1.2254 / 50, ScharifkerHills.progressive(50), 1e-12);
    }

    @Test
    void peakOfACubicInLogTimeIsItsMaximum() {
        double[] t = {0.1, 0.3, 0.45, 0.7, 0.8, 1.1, 1.4, 1.6, 2.0};
        double[] i = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            double u = Math.log(t[k] / 0.77);
            i[k] = 3 - 2 * u * u + 0.3 * u * u * u;
        }
        TransientPeak p = TransientPeak.find(t, i);
        assertTrue(p.refined());
        assertEquals(0.77, p.time(), 1e-12);
        assertEquals(3.0, p.current(), 1e-12);
        assertEquals(4, p.index());
    }

    @Test
    void peakOfCleanAndNoisyScharifkerHillsTransients() {
        Random rnd = new Random(5);
        for (Shape shape : new Shape[] {Shape.INSTANTANEOUS, Shape.PROGRESSIVE}) {
            double[][] clean = SyntheticTransient.generate(shape, 2.0, 5.0, 300, 4.0, 0.0, 1);
            TransientPeak p = TransientPeak.find(clean[0], clean[1]);
            assertEquals(2.0, p.time(), 4e-3 * 2.0, shape + " t_m");
            assertEquals(5.0, p.current(), 1.5e-3 * 5.0, shape + " i_m");
            for (int k = 0; k < 10; k++) {
                double tm = Math.pow(10, -1 + 3 * rnd.nextDouble());
                double im = Math.pow(10, -3 + 4 * rnd.nextDouble());
                double[][] noisy = SyntheticTransient.generate(shape, tm, im, 200, 4.0, 0.01, rnd.nextLong());
                TransientPeak q = TransientPeak.find(noisy[0], noisy[1]);
                assertEquals(tm, q.time(), 0.08 * tm, shape + " noisy t_m");
                assertEquals(im, q.current(), 0.01 * im, shape + " noisy i_m");
            }
        }
    }

    @Test
    void generatedTransientsAreClassifiedByTheirShape() {
        Random rnd = new Random(17);
        Shape[] shapes = Shape.values();
        Mechanism[] expected = {Mechanism.INSTANTANEOUS, Mechanism.PROGRESSIVE, Mechanism.HYBRID, Mechanism.NEITHER};
        for (int s = 0; s < shapes.length; s++) {
            for (int k = 0; k < 12; k++) {
                double tm = Math.pow(10, -2 + 4 * rnd.nextDouble());
                double im = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -3 + 4 * rnd.nextDouble());
                int n = 60 + rnd.nextInt(300);
                double tauMax = 2.5 + 2 * rnd.nextDouble();
                double[][] tr = SyntheticTransient.generate(shapes[s], tm, im, n, tauMax, 0.01, rnd.nextLong());
                ScharifkerHills.Result r = ScharifkerHills.analyze(tr[0], tr[1], ScharifkerHills.Options.DEFAULT);
                assertEquals(expected[s], r.mechanism(), shapes[s] + " with t_m " + tm + ", i_m " + im + ", " + n
                        + " samples: " + r.reason());
                assertEquals(tm, r.peak().time(), 0.08 * tm);
            }
        }
    }

    @Test
    void errorNormsVanishOnTheMatchingCurve() {
        double[][] tr = SyntheticTransient.generate(Shape.INSTANTANEOUS, 1.0, 1.0, 400, 3.0, 0.0, 9);
        ScharifkerHills.Result r = ScharifkerHills.analyze(tr[0], tr[1], ScharifkerHills.Options.DEFAULT);
        // what is left is the peak finder's 0.3 % bias in t_m
        assertTrue(r.rising().errorInstantaneous() < 5e-3, "rising error " + r.rising().errorInstantaneous());
        assertTrue(r.falling().errorInstantaneous() < 5e-3, "falling error " + r.falling().errorInstantaneous());
        assertTrue(r.rising().errorProgressive() > 0.1);
        assertEquals(0.0, r.rising().mix(), 0.02);
        assertEquals(0.0, r.falling().mix(), 0.02);
    }

    @Test
    void aRecordWithoutAnInteriorPeakIsRejected() {
        double[] t = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] rising = {1, 2, 3, 4, 5, 6, 7, 8};
        InputException e = assertThrows(InputException.class,
                () -> ScharifkerHills.analyze(t, rising, ScharifkerHills.Options.DEFAULT));
        assertTrue(e.getMessage().startsWith("the current is largest at the end of the record (t = 8.0 s)"),
                e.getMessage());
        double[] early = {1, 5, 4, 3.9, 3.8, 3.7, 3.6, 3.5};
        e = assertThrows(InputException.class, () -> ScharifkerHills.analyze(t, early,
                ScharifkerHills.Options.DEFAULT.withTau(0.5, 10)));
        assertTrue(e.getMessage().startsWith("only 1 sample before the current peak"), e.getMessage());
    }
}
