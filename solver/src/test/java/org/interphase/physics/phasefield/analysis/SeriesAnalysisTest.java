package org.interphase.physics.phasefield.analysis;

import static org.interphase.physics.phasefield.analysis.FaradayTest.nodal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.interphase.core.InputException;
import org.interphase.core.Progress;
import org.interphase.io.output.Field;
import org.interphase.io.output.Grid;
import org.interphase.io.output.XdmfSeriesWriter;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series written by XdmfSeriesWriter and read back: planar fronts xi = 1/2 - (y - h(t) - a sin)/H rising
 * at a known speed, whose metal content is L h exactly, so thickness, front and current are known.
 */
class SeriesAnalysisTest {

    private static final double EXACT = 1e-10;
    static final double L = 2e-6;
    static final double H = 1e-6;
    static final double H0 = 0.3e-6;
    static final double V = 0.1e-6;
    static final double[] TIMES = {0, 0.5, 1.5, 3};

    @TempDir
    Path dir;

    static double front(double t) {
        return H0 + V * t;
    }

    /** Writes a series "pf" of a rising front (with a sine of amplitude a in 2D) and a stress 3x - y. */
    static Mesh writeSeries(Path dir, int dim, int order, double a) {
        Mesh m = dim == 2 ? RectangleMesher.build(0, 0, L, H, 40, 20, order, RectangleMesher.Diagonal.ALTERNATE)
                : BoxMesher.build(0, 0, 0, L, L / 4, H, 8, 2, 6, order);
        int up = dim - 1;
        try (XdmfSeriesWriter w = new XdmfSeriesWriter(dir, "pf", Grid.of(m))) {
            for (double t : TIMES) {
                double h = front(t);
                double[] xi = nodal(m, x -> 0.5 - (x[up] - h - a * Math.sin(2 * Math.PI * x[0] / L)) / H);
                double[] stress = nodal(m, x -> 3 * x[0] - x[1]);
                double[] u = new double[2 * m.nodeCount()];
                for (int i = 0; i < m.nodeCount(); i++) {
                    u[2 * i] = i;
                    u[2 * i + 1] = -i;
                }
                w.writeStep(t, dim == 2 ? List.of(Field.point("xi", 1, xi), Field.point("stress", 1, stress),
                        Field.point("u", 2, u)) : List.of(Field.point("xi", 1, xi)));
            }
        }
        return m;
    }

    @Test
    void readsTheMeshAndFieldsBack() {
        Mesh m = writeSeries(dir, 2, 2, 0.0);
        PhaseFieldSeries s = PhaseFieldSeries.open(dir, null, "xi");
        assertEquals("pf", s.base());
        assertEquals(m.cellType(), s.mesh().cellType());
        assertArrayEquals(m.coords(), s.mesh().coords(), 0.0);
        assertArrayEquals(m.cells(), s.mesh().cells());
        assertEquals(4, s.steps().size());
        assertEquals(1.5, s.steps().get(2).time(), 0.0);
        double[] xi = s.field(s.steps().get(3), "xi", 0);
        assertEquals(0.5 - (m.x(7, 1) - front(3)) / H, xi[7], EXACT);
        assertEquals(-7.0, s.field(s.steps().get(0), "u", 1)[7], 0.0);
        String e = assertThrows(InputException.class, () -> s.field(s.steps().get(0), "phi", 0)).getMessage();
        assertTrue(e.endsWith("pf_000000.h5 has no field 'phi'; it has [xi, stress, u]"), e);
        e = assertThrows(InputException.class, () -> s.field(s.steps().get(0), "u", 3)).getMessage();
        assertTrue(e.endsWith("pf_000000.h5 has 3 components; component 3 does not exist"), e);
    }

    @Test
    void depositScalarsOfARisingFrontIn2dAnd3d() throws IOException {
        for (int dim = 2; dim <= 3; dim++) {
            for (int order = 1; order <= 2; order++) {
                Path d = Files.createDirectories(dir.resolve(dim + "d-p" + order));
                writeSeries(d, dim, order, 0.0);
                PhaseFieldSeries s = PhaseFieldSeries.open(d, "pf", "xi");
                Path out = d.resolve("analysis");
                SeriesAnalysis.Outcome o = SeriesAnalysis.run(s, SeriesAnalysis.Options.of(Metal.NA), out,
                        Progress.NONE);
                double current = Faraday.F * Metal.NA.siteDensity() * V;
                assertEquals(dim - 1, o.axis());
                for (int k = 0; k < TIMES.length; k++) {
                    SeriesAnalysis.Row r = o.rows().get(k);
                    double dh = front(TIMES[k]) - H0;
                    assertEquals(dh, r.thickness(), EXACT * H, "thickness");
                    assertEquals(Faraday.F * Metal.NA.siteDensity() * dh, r.arealCharge(), EXACT * 1e3, "charge");
                    assertEquals(front(TIMES[k]), r.front().mean(), EXACT * H, "front");
                    assertEquals(0.0, r.front().rms(), EXACT * H, "rms");
                    assertEquals(current, r.current(), 1e-8 * current, "current density");
                }
                for (String f : List.of("deposit.csv", "interface-profile.csv", "interface-profile.png")) {
                    assertTrue(Files.size(out.resolve(f)) > 0, f);
                }
                List<String> lines = Files.readAllLines(out.resolve("deposit.csv"));
                assertEquals("time [s],metal [" + (dim == 2 ? "m^2/m" : "m^3") + "],charge [C/m^2],capacity "
                        + "[mAh/cm^2],thickness [m],current density [A/m^2],front [m],roughness rms [m],"
                        + "peak-to-valley [m],bump amplitude [m],dendrite length [m],columns", lines.get(0));
                assertEquals(TIMES.length + 1, lines.size());
            }
        }
    }

    @Test
    void roughFrontAndStressSampledAlongTheInterface() throws IOException {
        double a = 0.05e-6;
        writeSeries(dir, 2, 2, a);
        PhaseFieldSeries s = PhaseFieldSeries.open(dir, "pf", "xi");
        Path out = dir.resolve("analysis");
        SeriesAnalysis.Outcome o = SeriesAnalysis.run(s, SeriesAnalysis.Options.of(Metal.LI).columns(-1, 80)
                .sampling("stress", 0, null), out, Progress.NONE);
        SurfaceStatistics last = o.rows().get(TIMES.length - 1).front();
        assertEquals(80, last.columns());
        assertEquals(a / Math.sqrt(2), last.rms(), 5e-3 * a);
        assertEquals(a, last.bumpAmplitude(), 1e-2 * a);
        assertEquals(front(3), last.mean(), 5e-3 * a);
        List<String> sample = Files.readAllLines(out.resolve("stress-profile.csv"));
        assertEquals("s [m],x [m],y [m],stress", sample.get(0));
        for (String line : sample.subList(1, sample.size())) {
            double[] v = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(3 * v[1] - v[2], v[3], 1e-18);
        }
        List<String> contour = Files.readAllLines(out.resolve("interface-contour.csv"));
        assertEquals("polyline,x [m],y [m]", contour.get(0));
        SeriesAnalysis.run(s, SeriesAnalysis.Options.of(Metal.LI).sampling("u", 1, new double[] {0, 0, L, H}), out,
                Progress.NONE);
        List<String> seg = Files.readAllLines(out.resolve("u-profile.csv"));
        assertEquals("s [m],x [m],y [m],u_1", seg.get(0));
        assertEquals(202, seg.size());
    }

    @Test
    void foldersWithoutASeriesAreRejected() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String e = assertThrows(InputException.class, () -> PhaseFieldSeries.open(empty, null, "xi")).getMessage();
        assertEquals(empty + " holds no XDMF/HDF5 series (no *_mesh.h5 file); give the output folder of a phase-field "
                + "run", e);
        writeSeries(dir, 2, 1, 0.0);
        e = assertThrows(InputException.class, () -> PhaseFieldSeries.open(dir, null, "c")).getMessage();
        assertEquals(dir + " holds no series with a 'c' field among [pf]; choose one with --base", e);
        e = assertThrows(InputException.class, () -> PhaseFieldSeries.open(dir, "volume", "xi")).getMessage();
        assertEquals(dir + " has no series 'volume' (no file volume_mesh.h5); it has [pf]", e);
    }
}
