package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The consistent parametrization gives an interface whose excess free energy, integrated numerically over
 * the planar equilibrium profile, is the interface energy the user gave, and whose width is delta.
 */
class InterfaceEnergyTest {

    @Test
    void excessEnergyOfTheProfileIsTheGivenGamma() {
        double gamma = 0.2;
        double delta = 0.5e-6;
        PhaseFieldMaterial m = PhaseFieldMaterials.resolve(PhaseFieldMaterials.preset("Na", 298.15),
                Map.of("interface_energy", gamma, "interface_width", delta), 298.15, null);
        double w = m.barrierHeight();
        double kappa = m.gradientCoefficient();
        assertEquals(delta, m.interfaceWidth(), 1e-12 * delta);
        // free energy W g(xi) + kappa/2 |xi'|^2 of xi = 1/2 [1 - tanh(x / delta)], midpoint rule over +-20 delta
        int n = 400_000;
        double a = -20 * delta;
        double h = 40 * delta / n;
        double energy = 0;
        for (int i = 0; i < n; i++) {
            double x = a + (i + 0.5) * h;
            double t = Math.tanh(x / delta);
            double xi = 0.5 * (1 - t);
            double dxi = -0.5 * (1 - t * t) / delta;
            energy += (w * xi * xi * (1 - xi) * (1 - xi) + 0.5 * kappa * dxi * dxi) * h;
        }
        assertEquals(gamma, energy, 1e-6 * gamma);
        assertEquals(gamma, m.interfaceEnergy(), 1e-12 * gamma);
    }
}
