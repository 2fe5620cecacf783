package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;

/** Assembled Jacobians of the phase-field systems against central differences of the assembled residual. */
class JacobianTest {

    /** Central-difference step on O(1) scaled unknowns. */
    private static final double H = 1e-6;
    /** Agreement relative to the largest Jacobian entry of the column. */
    private static final double TOL = 1e-6;

    static ScaledMaterial material(double delta) {
        PhaseFieldMaterial li = PhaseFieldMaterials.resolve(PhaseFieldMaterials.preset("Li", 298.15),
                Map.of("anisotropy_strength", delta, "metal_conductivity", 1e3), 298.15, null);
        return ScaledMaterial.of(li, Scaling.of(li, 1000, 298.15));
    }

    private static double[] randomState(PhaseFieldSystem sys, long seed) {
        Mesh m = sys.mesh();
        Random rnd = new Random(seed);
        int nf = sys.fields();
        double[] nodal = new double[m.nodeCount() * nf];
        for (int i = 0; i < m.nodeCount(); i++) {
            double x = m.x(i, 0);
            double y = m.x(i, 1);
            nodal[i * nf] = 0.5 * (1 - Math.tanh((x - 2 - 0.5 * Math.sin(y)) / 1.0)) + 0.05 * rnd.nextGaussian();
            if (nf >= 3) {
                nodal[i * nf + 1] = 0.8 + 0.2 * rnd.nextDouble();
                nodal[i * nf + 2] = -3 + x * 0.4 + 0.1 * rnd.nextGaussian();
            }
            if (nf == 4) {
                nodal[i * nf + 3] = 0.3 * Math.cos(y) + 0.1 * rnd.nextGaussian();
            }
        }
        return sys.state(nodal);
    }

    private static void check(PhaseFieldSystem sys, long seed) {
        double[] u = randomState(sys, seed);
        double[] prev = u.clone();
        for (int i = 0; i < prev.length; i++) {
            prev[i] -= 0.01 * Math.sin(i);
        }
        PhaseFieldSystem.Step st = sys.step(new double[] {3, -2, -1}, prev, prev, 1.0, 0.5, 7);
        int n = st.size();
        CsrMatrix j = st.newJacobian();
        double[] r = new double[n];
        st.evaluate(u, r, j);
        double[] rp = new double[n];
        double[] rm = new double[n];
        double worst = 0;
        for (int col = 0; col < sys.dofCount(); col += 1) {
            if (sys.constraints().mask(sys.dofCount())[col]) {
                continue;
            }
            double[] up = u.clone();
            double[] um = u.clone();
            up[col] += H;
            um[col] -= H;
            st.evaluate(up, rp, null);
            st.evaluate(um, rm, null);
            double scale = 0;
            for (int row = 0; row < sys.dofCount(); row++) {
                scale = Math.max(scale, Math.abs(j.get(row, col)));
            }
            for (int row = 0; row < sys.dofCount(); row++) {
                double fd = (rp[row] - rm[row]) / (2 * H);
                double a = j.slot(row, col) >= 0 ? j.get(row, col) : 0;
                worst = Math.max(worst, Math.abs(fd - a) / scale);
            }
        }
        assertTrue(worst < TOL, "worst relative Jacobian error " + worst);
    }

    @Test
    void electrodepositionJacobianMatchesDifferences() {
        Mesh m = RectangleMesher.build(0, 0, 4, 3, 5, 4, 1, RectangleMesher.Diagonal.ALTERNATE);
        PhaseFieldSystem.Setup s = new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ELECTRODEPOSITION,
                Map.of("domain", material(0.1)), null, List.of(),
                List.of(new PhaseFieldSystem.Dirichlet("right", 2, 0.0),
                        new PhaseFieldSystem.Dirichlet("right", 1, 1.0)),
                List.of(), null, 0.3, 5, false);
        check(new PhaseFieldSystem(m, s), 1);
    }

    @Test
    void edgeAveragedTransportJacobians() {
        Mesh m = RectangleMesher.build(0, 0, 4, 3, 5, 4, 1, RectangleMesher.Diagonal.ALTERNATE);
        for (double mobility : new double[] {Double.NaN, 0.7}) {
            PhaseFieldSystem.Setup s = new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ELECTRODEPOSITION,
                    Map.of("domain", material(0.1)), null, List.<String[]>of(new String[] {"bottom", "top"}),
                    List.of(new PhaseFieldSystem.Dirichlet("right", 2, 0.0),
                            new PhaseFieldSystem.Dirichlet("right", 1, 1.0)),
                    List.of(), null, 0.3, 5, false, mobility, PhaseFieldSystem.Transport.EDGE_AVERAGED);
            check(new PhaseFieldSystem(m, s), 6);
        }
    }

    @Test
    void quadraticElementsAndPeriodicSides() {
        Mesh m = RectangleMesher.build(0, 0, 4, 3, 3, 3, 2, RectangleMesher.Diagonal.RIGHT);
        PhaseFieldSystem.Setup s = new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ELECTRODEPOSITION,
                Map.of("domain", material(0.05)), null, List.<String[]>of(new String[] {"bottom", "top"}),
                List.of(new PhaseFieldSystem.Dirichlet("left", 2, -2.0)), List.of(), null, 0, 0, false);
        check(new PhaseFieldSystem(m, s), 2);
    }

    @Test
    void surfaceDiffusionJacobians() {
        Mesh m = RectangleMesher.build(0, 0, 4, 3, 5, 4, 1, RectangleMesher.Diagonal.ALTERNATE);
        PhaseFieldSystem.Setup s = new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ELECTRODEPOSITION,
                Map.of("domain", material(0.1)), null, List.of(),
                List.of(new PhaseFieldSystem.Dirichlet("right", 2, 0.0),
                        new PhaseFieldSystem.Dirichlet("right", 1, 1.0)),
                List.of(), null, 0.3, 5, false, 0.7);
        PhaseFieldSystem sys = new PhaseFieldSystem(m, s);
        assertTrue(sys.fields() == 4 && sys.isAlgebraic(3) && !sys.isAlgebraic(0), "chemical potential as field 3");
        check(sys, 4);
        Mesh q = RectangleMesher.build(0, 0, 4, 3, 3, 3, 2, RectangleMesher.Diagonal.RIGHT);
        check(new PhaseFieldSystem(q, new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ELECTRODEPOSITION,
                Map.of("domain", material(0)), null, List.<String[]>of(new String[] {"bottom", "top"}),
                List.of(new PhaseFieldSystem.Dirichlet("left", 2, -2.0)), List.of(), null, 0, 0, false, 2.0)), 5);
    }

    @Test
    void allenCahnJacobians() {
        Mesh m = RectangleMesher.build(0, 0, 4, 3, 5, 4, 1, RectangleMesher.Diagonal.LEFT);
        for (boolean lumped : new boolean[] {false, true}) {
            ScaledMaterial mat = material(lumped ? 0 : 0.1);
            PhaseFieldSystem.Setup s = new PhaseFieldSystem.Setup(PhaseFieldSystem.Model.ALLEN_CAHN,
                    Map.of("domain", mat), (x, t) -> x[0] * t, List.<String[]>of(new String[] {"left", "right"}),
                    List.of(new PhaseFieldSystem.Dirichlet("bottom", 0, 1.0)), List.of(), null, 0, 0, lumped);
            check(new PhaseFieldSystem(m, s), 3);
        }
    }
}
