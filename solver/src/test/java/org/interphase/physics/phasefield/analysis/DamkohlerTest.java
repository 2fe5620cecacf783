package org.interphase.physics.phasefield.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Damkohler number's pieces against their closed forms (physics.md 4.1 Li parameters). */
class DamkohlerTest {

    private static final double EXACT = 1e-12;
    /** physics.md 4.1: W = 2.4 RT c0 and kappa0 = 0.3 RT c0 (1 um)^2 at 298.15 K, c0 = 1000 mol/m^3. */
    private static final double RTC0 = 8.314462618 * 298.15 * 1000;
    private static final double W = 2.4 * RTC0;
    private static final double KAPPA = 0.3 * RTC0 * 1e-12;

    @Test
    void shapeIntegralsOfCommonMobilities() {
        assertEquals(5.0, Damkohler.shapeIntegral(Damkohler.H_PRIME), EXACT);
        assertEquals(8.0 / 3, Damkohler.shapeIntegral(xi -> 16 * xi * xi * (1 - xi) * (1 - xi)), EXACT);
        assertThrows(IllegalArgumentException.class, () -> Damkohler.shapeIntegral(xi -> 1.0));
    }

    @Test
    void frontSpeedsAgreeUnderTheConsistentParametrization() {
        double lEta = 1e-3;
        double bracket = -0.8;
        double v = Damkohler.reactionSpeed(lEta, bracket, KAPPA, W);
        assertEquals(6 * 1e-3 * 0.8 * Math.sqrt(KAPPA / (2 * W)), v, EXACT * v);
        double i = Faraday.charge(1, 7.64e4, v);
        assertEquals(v, Damkohler.frontSpeed(-i, 1, 7.64e4), EXACT * v);
        assertEquals(Math.sqrt(2 * KAPPA * W) / 6, Damkohler.interfaceEnergy(KAPPA, W), EXACT);
    }

    @Test
    void daScalesAsTheCubeOfTheWavelengthAndInvertsToAMobility() {
        double v = 1e-7;
        double ms = 1e-20;
        double b = Damkohler.mullinsCoefficient(ms, Damkohler.H_PRIME, KAPPA, W);
        assertEquals(Damkohler.interfaceEnergy(KAPPA, W) * ms * Math.sqrt(KAPPA / (2 * W)) * 5, b, EXACT * b);
        double l = 2e-6;
        double da = Damkohler.of(v, b, l);
        assertEquals(v * l * l * l / (8 * Math.PI * Math.PI * Math.PI * b), da, EXACT * da);
        assertEquals(8 * da, Damkohler.of(v, b, 2 * l), EXACT * da);
        for (double target : new double[] {1e-2, 1, 1e2}) {
            double m = Damkohler.mobilityFor(target, v, l, Damkohler.H_PRIME, KAPPA, W);
            assertEquals(target, Damkohler.of(v, Damkohler.mullinsCoefficient(m, Damkohler.H_PRIME, KAPPA, W), l),
                    EXACT * target);
        }
    }
}
