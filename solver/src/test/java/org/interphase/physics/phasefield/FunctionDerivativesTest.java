package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Value/d1/d2 of the phase-field functions against central differences and closed-form properties. */
class FunctionDerivativesTest {

    /** Step of the central differences (error ~ h^2 f''' ~ 1e-10). */
    private static final double H = 1e-5;
    /** Central-difference agreement, absolute on O(1) values. */
    private static final double FD_TOL = 1e-8;

    private static double central(DoubleUnaryOperator f, double x) {
        return (f.applyAsDouble(x + H) - f.applyAsDouble(x - H)) / (2 * H);
    }

    @Test
    void doubleWellDerivativesMatchCentralDifferences() {
        for (double xi = -0.3; xi <= 1.3; xi += 0.05) {
            assertEquals(central(DoubleWellEnergy::value, xi), DoubleWellEnergy.d1(xi), FD_TOL);
            assertEquals(central(DoubleWellEnergy::d1, xi), DoubleWellEnergy.d2(xi), FD_TOL);
            assertEquals(4 * xi * (xi - 1) * (xi - 0.5), DoubleWellEnergy.d1(xi), 1e-14, "PFHub BM7 form");
        }
        assertEquals(1.0 / 16, DoubleWellEnergy.value(0.5), 1e-15);
    }

    @Test
    void interpolationDerivativesMatchCentralDifferences() {
        for (double xi = -0.3; xi <= 1.3; xi += 0.05) {
            assertEquals(central(InterpolationFunction::value, xi), InterpolationFunction.d1(xi), FD_TOL);
            assertEquals(central(InterpolationFunction::d1, xi), InterpolationFunction.d2(xi), FD_TOL);
        }
        assertEquals(0.0, InterpolationFunction.value(0), 0);
        assertEquals(1.0, InterpolationFunction.value(1), 1e-15);
        assertEquals(0.5, InterpolationFunction.value(0.5), 1e-15);
    }

    @Test
    void butlerVolmerDerivativesAndEquilibrium() {
        ButlerVolmer bv = new ButlerVolmer(0.5, 1);
        for (double c : new double[] {0.1, 0.7, 1, 2}) {
            for (double eta = -3; eta <= 3; eta += 0.25) {
                final double cc = c;
                assertEquals(central(e -> bv.value(e, cc), eta), bv.dEta(eta, c), 1e-7 * (1 + Math.abs(bv.dEta(eta,
                        c))));
                final double ee = eta;
                assertEquals(central(x -> bv.value(ee, x), c), bv.dC(eta, c), 1e-8);
            }
            assertEquals(0.0, bv.value(bv.equilibrium(c), c), 1e-14);
        }
        assertEquals(Math.exp(0.5 * -2.0), bv.value(-2.0, -0.7), 1e-15, "a negative concentration counts as 0");
        assertEquals(0.0, bv.dC(-2.0, -0.7), 0.0);
        ButlerVolmer two = new ButlerVolmer(0.3, 2);
        assertEquals(0.0, two.value(two.equilibrium(0.4), 0.4), 1e-14);
    }

    @Test
    void anisotropicFluxIsTheGradientOfTheEnergy() {
        GradientEnergy g = new GradientEnergy(0.7, 0.1, 4, 0.3);
        double[] p = new double[2];
        double[] f = new double[2];
        double[] h = new double[4];
        for (int k = 0; k < 37; k++) {
            double t = 2 * Math.PI * k / 37 + 0.01;
            double r = 0.2 + k * 0.05;
            p[0] = r * Math.cos(t);
            p[1] = r * Math.sin(t);
            f[0] = 0;
            f[1] = 0;
            g.addFlux(p, 2, 1.0, f, 0);
            java.util.Arrays.fill(h, 0);
            g.addFluxJacobian(p, 2, 1.0, h, 0, 2);
            for (int d = 0; d < 2; d++) {
                final int dd = d;
                DoubleUnaryOperator e = x -> {
                    double[] q = p.clone();
                    q[dd] = x;
                    return g.energy(q, 2);
                };
                assertEquals(central(e, p[d]), f[d], FD_TOL * (1 + r * r));
                for (int j = 0; j < 2; j++) {
                    final int jj = j;
                    DoubleUnaryOperator fl = x -> {
                        double[] q = p.clone();
                        q[jj] = x;
                        double[] o = new double[2];
                        g.addFlux(q, 2, 1.0, o, 0);
                        return o[dd];
                    };
                    assertEquals(central(fl, p[j]), h[d * 2 + j], FD_TOL * (1 + r));
                }
            }
            assertEquals(h[1], h[2], 1e-14, "the Hessian of an energy is symmetric");
        }
    }

    @Test
    void isotropicLimitAndConvexity() {
        GradientEnergy iso = GradientEnergy.isotropic(2.0);
        double[] f = new double[3];
        iso.addFlux(new double[] {1, 2, 3}, 3, 0.5, f, 0);
        assertEquals(1.0, f[0], 0);
        assertEquals(3.0, f[2], 0);
        assertTrue(new GradientEnergy(1, 0.1, 4, 0).isConvex(), "delta = 0.1, omega = 4 (the Li preset) is convex");
        assertTrue(new GradientEnergy(1, 0.05, 4, 0).isConvex());
        assertFalse(new GradientEnergy(1, 0.2, 4, 0).isConvex(), "delta = 0.2 has missing orientations");
        double[] zero = new double[2];
        new GradientEnergy(1, 0.1, 4, 0).addFlux(new double[2], 2, 1.0, zero, 0);
        assertEquals(0.0, zero[0], 0);
    }
}
