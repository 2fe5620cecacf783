package org.interphase.physics.phasefield.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;

/** Time derivatives on non-uniform steps and the Faraday current. */
class CurrentTransientTest {

    @Test
    void quadraticsAreDifferentiatedExactlyOnUnevenSteps() {
        Random rnd = new Random(2);
        double[] t = new double[20];
        double[] y = new double[20];
        for (int k = 0; k < t.length; k++) {
            t[k] = (k == 0 ? 0 : t[k - 1]) + 0.1 + rnd.nextDouble();
            y[k] = 2 - 3 * t[k] + 0.5 * t[k] * t[k];
        }
        double[] d = CurrentTransient.derivative(t, y);
        for (int k = 0; k < t.length; k++) {
            assertEquals(-3 + t[k], d[k], 1e-11 * (1 + Math.abs(t[k])));
        }
    }

    @Test
    void smoothSeriesConvergeAtSecondOrder() {
        double[] err = new double[2];
        for (int level = 0; level < 2; level++) {
            int n = 40 << level;
            double[] t = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                double s = (double) k / (n - 1);
                t[k] = 2 * s * s + s;
                y[k] = Math.sin(t[k]);
            }
            double[] d = CurrentTransient.derivative(t, y);
            for (int k = 0; k < n; k++) {
                err[level] = Math.max(err[level], Math.abs(d[k] - Math.cos(t[k])));
            }
        }
        assertTrue(err[0] / err[1] > 3.5, "order 2: error ratio " + err[0] / err[1]);
    }

    @Test
    void currentDensityOfALinearRamp() {
        double[] t = {0, 0.5, 2, 3};
        double rate = 4e-12;
        double[] metal = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            metal[k] = 1e-10 + rate * t[k];
        }
        double area = 2e-6;
        double[] i = CurrentTransient.currentDensity(t, metal, 1, Metal.LI.siteDensity(), area);
        double expected = Faraday.F * Metal.LI.siteDensity() * rate / area;
        for (double v : i) {
            assertEquals(expected, v, 1e-9 * expected);
        }
        double[][] two = {{0, 1}, {0, 2}};
        assertEquals(2.0, CurrentTransient.derivative(two[0], two[1])[1], 0.0);
    }

    @Test
    void rejectsTimesThatDoNotIncrease() {
        InputException e = assertThrows(InputException.class,
                () -> CurrentTransient.derivative(new double[] {0, 1, 1}, new double[] {0, 1, 2}));
        assertEquals("time must increase: sample 2 has t = 1.0 after t = 1.0", e.getMessage());
    }
}
