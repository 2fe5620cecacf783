package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/**
 * The edge-averaged Nernst-Planck flux: its Bernoulli function, and nodal exactness for one-dimensional steady
 * drift-diffusion, where the Galerkin flux is not.
 */
class EdgeAveragedTransportTest {

    @Test
    void bernoulliFunctionAndSlope() {
        for (double x : new double[] {-40, -3, -1e-3, -1e-5, 0, 1e-5, 1e-3, 0.7, 5, 800}) {
            double exact = x == 0 ? 1 : x / Math.expm1(x);
            assertEquals(exact, EdgeAveragedTransport.bernoulli(x), 1e-12 * Math.max(1, Math.abs(exact)), "B(" + x
                    + ")");
            double h = 1e-6 * Math.max(1, Math.abs(x));
            double fd = (EdgeAveragedTransport.bernoulli(x + h) - EdgeAveragedTransport.bernoulli(x - h)) / (2 * h);
            assertEquals(fd, EdgeAveragedTransport.bernoulliSlope(x), 1e-7, "B'(" + x + ")");
            assertEquals(EdgeAveragedTransport.bernoulli(-x), EdgeAveragedTransport.bernoulli(x) + x, 1e-10
                    * Math.max(1, Math.abs(x)), "B(-x) = B(x) + x");
        }
    }

    /**
     * Steady drift-diffusion at a constant field, N = -D (c' + c psi'), psi = E x: c = 1 + 0.5 exp(-E x) carries a
     * constant flux, so the residual of the flux operator vanishes at interior nodes for the nodal values of c. With
     * E h = 5 (cell Peclet 5) the edge-averaged residual is at round-off; the Galerkin one is not.
     */
    @Test
    void steadyDriftDiffusionIsNodallyExact() {
        double e = 20;
        double[] interior = new double[2];
        for (PhaseFieldSystem.Transport t : PhaseFieldSystem.Transport.values()) {
            Mesh m = RectangleMesher.build(0, 0, 2, 1, 8, 4, 1, RectangleMesher.Diagonal.ALTERNATE);
            ScaledMaterial mat = JacobianTest.material(0);
            PhaseFieldSystem sys = new PhaseFieldSystem(m, new PhaseFieldSystem.Setup(
                    PhaseFieldSystem.Model.ELECTRODEPOSITION, Map.of("domain", mat), null, List.of(), List.of(),
                    List.of(), null, 0, 0, false, Double.NaN, t));
            int nf = sys.fields();
            double[] nodal = new double[m.nodeCount() * nf];
            for (int i = 0; i < m.nodeCount(); i++) {
                double x = m.x(i, 0);
                nodal[i * nf + 1] = 1 + 0.5 * Math.exp(-e * x);
                nodal[i * nf + 2] = e * x / mat.charge();
            }
            double[] u = sys.state(nodal);
            PhaseFieldSystem.Step st = sys.step(new double[] {0, 0, 0}, u, null, 0, 1, 0);
            double[] r = st.unconstrainedResidual(u);
            double worst = 0;
            double scale = 0;
            for (int i = 0; i < m.nodeCount(); i++) {
                double x = m.x(i, 0);
                double flux = mat.dElectrolyte() * e;
                scale = Math.max(scale, flux);
                if (x > 1e-9 && x < 2 - 1e-9) {
                    worst = Math.max(worst, Math.abs(r[sys.dofs().dof(i, 1)]));
                }
            }
            interior[t.ordinal()] = worst / scale;
        }
        assertTrue(interior[PhaseFieldSystem.Transport.EDGE_AVERAGED.ordinal()] < 1e-12,
                "edge-averaged interior residual " + interior[1]);
        assertTrue(interior[PhaseFieldSystem.Transport.GALERKIN.ordinal()] > 1e-3,
                "Galerkin interior residual " + interior[0] + " (the test must be able to tell the schemes apart)");
    }
}
