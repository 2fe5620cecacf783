package org.interphase.io.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XdmfSeriesWriterTest {

    /** Set this system property to a directory to keep the TRI6 and TET10 series for the ParaView check. */
    static final String SAMPLES = "interphase.paraview.samples";

    /** Step times chosen so that %.17g text must round-trip exactly. */
    private static final double[] TIMES = {0.0, 2.5e-7, 0.1, 1.0 / 3.0};

    @TempDir
    Path tmp;

    /** The grids the tests cover (2D volume, 3D volume, 2D interface; linear and quadratic). */
    enum Kind {
        TRI3, TRI6, TET4, TET10, LINE2, LINE3;

        Grid grid() {
            switch (this) {
                case TRI3: return TestGrids.tri3(3);
                case TRI6: return TestGrids.quadratic(TestGrids.tri3(3));
                case TET4: return TestGrids.tet4(2);
                case TET10: return TestGrids.quadratic(TestGrids.tet4(2));
                case LINE2: return TestGrids.line2(4);
                default: return TestGrids.quadratic(TestGrids.line2(4));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesSeriesThatReadsBackExactly(Kind kind) throws Exception {
        Grid grid = kind.grid();
        try (XdmfSeriesWriter w = new XdmfSeriesWriter(tmp, "run", grid)) {
            assertFalse(Files.exists(w.xdmfFile()), "no XDMF before the first step");
            for (int s = 0; s < TIMES.length; s++) {
                Path stepFile = w.writeStep(TIMES[s], fields(grid, TIMES[s]));
                assertEquals(tmp.resolve(String.format("run_%06d.h5", s)), stepFile);
                // complete after every step: the XDMF lists exactly the steps so far, all resolvable
                List<XdmfCheck.Step> steps = XdmfCheck.check(w.xdmfFile());
                assertEquals(s + 1, steps.size());
                for (int i = 0; i <= s; i++) {
                    assertEquals(TIMES[i], steps.get(i).time(), 0.0, "time of step " + i);
                }
            }
        }
        List<XdmfCheck.Step> steps = XdmfCheck.check(tmp.resolve("run.xdmf"));
        for (XdmfCheck.Step step : steps) {
            assertEquals(grid.cellType().xdmfName(), step.topologyType());
            assertEquals(grid.cellCount(), step.cells());
            assertEquals(grid.cellType().nodes(), step.nodesPerCell());
            assertEquals(grid.pointCount(), step.points());
            assertEquals("run_mesh.h5", step.meshFile());
            List<String> expected = new ArrayList<>();
            if (grid.hasRegions()) {
                expected.add("region");
            }
            expected.addAll(List.of("phi", "u", "energy", "stress", "F", "flag"));
            assertEquals(expected, new ArrayList<>(step.attributes().keySet()));
            assertEquals("Vector", step.attributes().get("u").type());
            assertEquals("Tensor6", step.attributes().get("stress").type());
            assertEquals("Tensor", step.attributes().get("F").type());
            assertEquals("Node", step.attributes().get("phi").center());
            assertEquals("Cell", step.attributes().get("flag").center());
        }
        checkMeshFile(tmp.resolve("run_mesh.h5"), grid);
        for (int s = 0; s < TIMES.length; s++) {
            checkStepFile(tmp.resolve(String.format("run_%06d.h5", s)), grid, TIMES[s]);
        }
    }

    @Test
    void writersShareADirectoryWithDifferentBases() throws Exception {
        Grid volume = TestGrids.quadratic(TestGrids.tri3(2));
        Grid iface = TestGrids.line2(4);
        try (XdmfSeriesWriter v = new XdmfSeriesWriter(tmp, "volume", volume);
                XdmfSeriesWriter c = new XdmfSeriesWriter(tmp, "interface", iface)) {
            for (double t : new double[] {0.0, 1.0}) {
                v.writeStep(t, List.of(Field.point("u", 2, new double[2 * volume.pointCount()])));
                c.writeStep(t, List.of(Field.cell("damage", 1, new double[iface.cellCount()]),
                        Field.point("jump", 2, new double[2 * iface.pointCount()])));
            }
        }
        for (String base : List.of("volume", "interface")) {
            List<XdmfCheck.Step> steps = XdmfCheck.check(tmp.resolve(base + ".xdmf"));
            assertEquals(2, steps.size());
            for (XdmfCheck.Step step : steps) {
                assertEquals(base + "_mesh.h5", step.meshFile());
                for (XdmfCheck.Attr a : step.attributes().values()) {
                    assertTrue(a.file().startsWith(base + "_"), a.file() + " belongs to series " + base);
                }
            }
        }
        assertEquals("Polyline", XdmfCheck.check(tmp.resolve("interface.xdmf")).get(0).topologyType());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("interface.xdmf", "interface_000000.h5", "interface_000001.h5", "interface_mesh.h5",
                    "volume.xdmf", "volume_000000.h5", "volume_000001.h5", "volume_mesh.h5"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }

    @Test
    void storesMetadataAsRootAttributesOfTheMeshFile() throws Exception {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("interphase_version", "0.1.0");
        meta.put("device", "opencl:0:1");
        meta.put("case", "{\n  \"name\": \"Na|SEI \u2013 peel\"\n}");
        meta.put("note", "");
        try (XdmfSeriesWriter w = new XdmfSeriesWriter(tmp, "m", TestGrids.tri3(1), meta)) {
            try (HdfFile h5 = new HdfFile(w.meshFile())) {
                for (Map.Entry<String, String> e : meta.entrySet()) {
                    assertEquals(e.getValue(), h5.getAttribute(e.getKey()).getData(), e.getKey());
                }
                assertEquals("Triangle", h5.getAttribute("cell_type").getData());
            }
        }
    }

    @Test
    void rejectsBadStepsWithSentences() {
        Grid grid = TestGrids.tri3(2);
        XdmfSeriesWriter w = new XdmfSeriesWriter(tmp, "bad", grid);
        double[] nodal = new double[grid.pointCount()];
        w.writeStep(1.0, List.of(Field.point("phi", 1, nodal)));
        assertEquals("step time 1.0 does not exceed the previous step's 1.0 in series 'bad'", assertThrows(
                IllegalArgumentException.class, () -> w.writeStep(1.0, List.of())).getMessage());
        assertEquals("step time must be finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> w.writeStep(Double.NaN, List.of())).getMessage());
        assertEquals("field 'e' has 9 cell values; the grid has 8", assertThrows(IllegalArgumentException.class,
                () -> w.writeStep(2.0, List.of(Field.cell("e", 1, nodal)))).getMessage());
        assertEquals("field name 'phi' is used twice (or clashes with 'region')", assertThrows(
                IllegalArgumentException.class, () -> w.writeStep(2.0, List.of(Field.point("phi", 1, nodal),
                        Field.point("phi", 1, nodal)))).getMessage());
        assertEquals("field name 'region' is used twice (or clashes with 'region')", assertThrows(
                IllegalArgumentException.class, () -> w.writeStep(2.0, List.of(Field.cellInts("region",
                        new int[grid.cellCount()])))).getMessage());
        assertEquals(1, w.stepCount(), "rejected steps leave the series as it was");
        w.close();
        assertEquals("series 'bad' is closed", assertThrows(IllegalArgumentException.class,
                () -> w.writeStep(3.0, List.of())).getMessage());
        assertEquals("output base name 'a/b' must be letters, digits, '_', '.' or '-'", assertThrows(
                IllegalArgumentException.class, () -> new XdmfSeriesWriter(tmp, "a/b", grid)).getMessage());
    }

    @Test
    void gridOfMeshUsesItsPointsCellsAndRegions() {
        Grid square = TestGrids.tri3(1);
        Mesh mesh = new Mesh("two triangles", 2, square.points(), ElementType.TRI3, square.cells(), square.regions(),
                Map.of("left", 1, "right", 2), new int[] {0, 1}, new int[] {7}, Map.of("bottom", 7));
        Grid grid = Grid.of(mesh);
        assertSame(mesh.coords(), grid.points());
        assertSame(mesh.cells(), grid.cells());
        assertSame(mesh.cellRegions(), grid.regions());
        assertEquals(ElementType.TRI3, grid.cellType());
        assertEquals(4, grid.pointCount());
        assertEquals(2, grid.cellCount());
    }

    @Test
    void rejectsBadFieldsAndGrids() {
        assertEquals("field 'sigma' has 4 components; use 1, 2, 3, 6 or 9", assertThrows(
                IllegalArgumentException.class, () -> Field.cell("sigma", 4, new double[8])).getMessage());
        assertEquals("field 'u' has 5 values, not a multiple of 3", assertThrows(IllegalArgumentException.class,
                () -> Field.point("u", 3, new double[5])).getMessage());
        assertEquals("field name 'a b' must be letters, digits, '_', '.' or '-', starting with a letter or digit",
                assertThrows(IllegalArgumentException.class, () -> Field.point("a b", 1, new double[1]))
                        .getMessage());
        assertEquals("cell 1 references point 4; the grid has 4 points", assertThrows(IllegalArgumentException.class,
                () -> Grid.of(2, new double[8], ElementType.TRI3, new int[] {0, 1, 2, 1, 2, 4})).getMessage());
        assertEquals("3 region tags given for 2 cells", assertThrows(IllegalArgumentException.class,
                () -> new Grid(2, new double[8], ElementType.TRI3, new int[] {0, 1, 2, 1, 2, 3}, new int[3]))
                .getMessage());
        assertEquals("a TET4 cell does not fit in 2-dimensional space", assertThrows(IllegalArgumentException.class,
                () -> Grid.of(2, new double[8], ElementType.TET4, new int[] {0, 1, 2, 3})).getMessage());
    }

    /**
     * Writes series on a coarse quarter annulus, so quadratic cells have curved edges, with fields whose
     * values are easy to recognise in ParaView: tri6 and tet10 volumes, line2 and line3 interfaces. They go
     * to the directory named by the system property {@value #SAMPLES} when it is set, else a temporary one.
     */
    @Test
    void writesParaViewSamples() throws Exception {
        String keep = System.getProperty(SAMPLES);
        Path dir = keep == null ? tmp : Path.of(keep);
        for (Kind kind : List.of(Kind.TRI6, Kind.TET10, Kind.LINE2, Kind.LINE3)) {
            Grid flat = kind == Kind.TRI6 ? TestGrids.quadratic(TestGrids.tri3(4))
                    : kind == Kind.TET10 ? TestGrids.quadratic(TestGrids.tet4(2)) : kind.grid();
            Grid grid = TestGrids.annulus(flat);
            try (XdmfSeriesWriter w = new XdmfSeriesWriter(dir, kind.name().toLowerCase(java.util.Locale.ROOT),
                    grid, Map.of("interphase_version", "test"))) {
                for (double t : new double[] {0.0, 0.5, 1.0}) {
                    w.writeStep(t, fields(grid, t));
                }
                assertEquals(3, XdmfCheck.check(w.xdmfFile()).size());
            }
        }
    }

    /**
     * phi = sin(pi x) sin(pi y) (1 + t) + z (smooth, to judge the rendering); u = t (x, y[, z]);
     * energy = cell index + t; stress(e, q) = 100 e + q + 1 + t; F(e, q) = 1000 e + q; flag = e mod 3.
     */
    static List<Field> fields(Grid g, double t) {
        int n = g.pointCount();
        int m = g.cellCount();
        double[] phi = new double[n];
        double[] u = new double[g.dim() * n];
        for (int i = 0; i < n; i++) {
            phi[i] = Math.sin(Math.PI * TestGrids.x(g, i, 0)) * Math.sin(Math.PI * TestGrids.x(g, i, 1)) * (1 + t)
                    + TestGrids.x(g, i, 2);
            for (int d = 0; d < g.dim(); d++) {
                u[g.dim() * i + d] = t * TestGrids.x(g, i, d);
            }
        }
        double[] energy = new double[m];
        double[] stress = new double[6 * m];
        double[] f = new double[9 * m];
        int[] flag = new int[m];
        for (int e = 0; e < m; e++) {
            energy[e] = e + t;
            for (int q = 0; q < 6; q++) {
                stress[6 * e + q] = 100 * e + q + 1 + t;
            }
            for (int q = 0; q < 9; q++) {
                f[9 * e + q] = 1000 * e + q;
            }
            flag[e] = e % 3;
        }
        return List.of(Field.point("phi", 1, phi), Field.point("u", g.dim(), u), Field.cell("energy", 1, energy),
                Field.cell("stress", 6, stress), Field.cell("F", 9, f), Field.cellInts("flag", flag));
    }

    private static void checkMeshFile(Path file, Grid grid) {
        try (HdfFile h5 = new HdfFile(file)) {
            double[][] xyz = (double[][]) h5.getDatasetByPath("/geometry").getData();
            for (int i = 0; i < grid.pointCount(); i++) {
                for (int d = 0; d < 3; d++) {
                    assertEquals(TestGrids.x(grid, i, d), xyz[i][d], 0.0, "coordinate " + d + " of point " + i);
                }
            }
            Dataset topo = h5.getDatasetByPath("/topology");
            assertEquals(long.class, topo.getJavaType());
            long[][] cells = (long[][]) topo.getData();
            int k = grid.cellType().nodes();
            for (int e = 0; e < grid.cellCount(); e++) {
                for (int j = 0; j < k; j++) {
                    assertEquals(grid.cells()[e * k + j], cells[e][j], "node " + j + " of cell " + e);
                }
            }
            if (grid.hasRegions()) {
                assertArrayEquals(grid.regions(), (int[]) h5.getDatasetByPath("/region").getData());
            } else {
                assertFalse(h5.getChildren().containsKey("region"));
            }
        }
    }

    private static void checkStepFile(Path file, Grid grid, double time) {
        try (HdfFile h5 = new HdfFile(file)) {
            assertEquals(time, (double) h5.getAttribute("time").getData(), 0.0);
            for (Field f : fields(grid, time)) {
                Dataset data = h5.getDatasetByPath("/" + f.name());
                if (f.isInteger()) {
                    assertEquals(int.class, data.getJavaType());
                    assertArrayEquals(f.ints(), (int[]) data.getData(), f.name());
                    continue;
                }
                assertEquals(double.class, data.getJavaType());
                if (f.components() == 1) {
                    assertArrayEquals(f.values(), (double[]) data.getData(), 0.0, f.name());
                    continue;
                }
                double[][] v = (double[][]) data.getData();
                assertEquals(f.tuples(), v.length);
                for (int i = 0; i < v.length; i++) {
                    assertEquals(f.storedComponents(), v[i].length);
                    for (int q = 0; q < v[i].length; q++) {
                        double expected = q < f.components() ? f.values()[i * f.components() + q] : 0.0;
                        assertEquals(expected, v[i][q], 0.0, f.name() + "[" + i + "][" + q + "]");
                    }
                }
            }
        }
    }
}
