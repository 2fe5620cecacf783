package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Each documented input error ends with its message, a non-zero exit code and no output written. */
class CliErrorsTest {

    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CliErrorsTest.class.getResource("/cli/" + name).toURI());
    }

    private Outcome run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> a = new ArrayList<>(List.of(args));
        int code = cl.execute(a.toArray(new String[0]));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Outcome runCase(String file, String... extra) throws Exception {
        List<String> a = new ArrayList<>(List.of("run", resource(file).toString(), "--device", "cpu", "--quiet",
                "--out", tmp.resolve("out").toString()));
        a.addAll(List.of(extra));
        return run(a.toArray(new String[0]));
    }

    private boolean wroteNothing() throws Exception {
        Path out = tmp.resolve("out");
        if (!Files.exists(out)) {
            return true;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.noneMatch(p -> p.toString().endsWith(".h5") || p.toString().endsWith(".xdmf"));
        }
    }

    @Test
    void validCaseRuns() throws Exception {
        Outcome o = runCase("base.yaml");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(tmp.resolve("out/elasticity.xdmf")));
        assertTrue(Files.exists(tmp.resolve("out/summary.csv")));
        assertTrue(Files.exists(tmp.resolve("out/manifest.json")));
        // read the fields back: shapes, dtypes, and the displacement against summary.csv
        try (io.jhdf.HdfFile mesh = new io.jhdf.HdfFile(tmp.resolve("out/elasticity_mesh.h5"));
                io.jhdf.HdfFile step = new io.jhdf.HdfFile(tmp.resolve("out/elasticity_000000.h5"))) {
            int nodes = 9 * 5;
            assertArrayEquals(new int[] {nodes, 3}, mesh.getDatasetByPath("geometry").getDimensions());
            assertEquals(double.class, mesh.getDatasetByPath("geometry").getJavaType());
            assertArrayEquals(new int[] {64, 3}, mesh.getDatasetByPath("topology").getDimensions());
            assertArrayEquals(new int[] {nodes, 3}, step.getDatasetByPath("displacement").getDimensions());
            assertArrayEquals(new int[] {nodes, 6}, step.getDatasetByPath("stress").getDimensions());
            double[][] u = (double[][]) step.getDatasetByPath("displacement").getData();
            double max = 0;
            for (double[] row : u) {
                assertEquals(0.0, row[2]);
                max = Math.max(max, Math.hypot(row[0], row[1]));
            }
            String[] csv = Files.readAllLines(tmp.resolve("out/summary.csv")).get(1).split(",");
            assertEquals(Double.parseDouble(csv[3]), max, 0.0);
            // a uniaxial bar under 10 MPa: sigma_xx = 10 MPa away from the clamped end
            double[][] sig = (double[][]) step.getDatasetByPath("stress").getData();
            double[][] x = (double[][]) mesh.getDatasetByPath("geometry").getData();
            for (int i = 0; i < nodes; i++) {
                if (x[i][0] > 1.4) {
                    assertEquals(10e6, sig[i][0], 0.05e6);
                }
            }
        }
        String xdmf = Files.readString(tmp.resolve("out/elasticity.xdmf"));
        assertTrue(xdmf.contains("elasticity_000000.h5:/displacement"), xdmf);
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() throws Exception {
        Outcome o = runCase("bad-yaml.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().matches("(?s)error: .*bad-yaml\\.yaml:\\d+:\\d+: .*"), o.err());
        assertTrue(wroteNothing());
    }

    @Test
    void unknownKeyIsNamedWithItsLine() throws Exception {
        Outcome o = runCase("unknown-key.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("unknown-key.yaml:7:"), o.err());
        assertTrue(o.err().contains("youngs"), o.err());
        assertTrue(wroteNothing());
    }

    @Test
    void wrongUnitNamesKeyAndDimensions() throws Exception {
        Outcome o = runCase("bad-unit.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("bad-unit.yaml:7: materials.domain.E: expected a pressure (Pa), got a length (m)"),
                o.err());
        assertTrue(wroteNothing());
    }

    @Test
    void regionMissingFromTheMeshIsNamedWithTheCaseLine() throws Exception {
        Outcome o = runCase("missing-region.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("missing-region.yaml:7"), o.err());
        assertTrue(o.err().contains("region 'plate' is not in mesh"), o.err());
        assertTrue(o.err().contains("[domain]"), o.err());
        assertTrue(wroteNothing());
    }

    @Test
    void invertedElementIsNamedWithItsTag() throws Exception {
        Outcome o = runCase("inverted.yaml");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("inverted"), o.err());
        assertTrue(o.err().contains("13"), o.err());
        assertTrue(wroteNothing());
    }

    @Test
    void solverFailureExitsWithThreeAndSaysWhatToTry() throws Exception {
        Outcome o = runCase("diverge.yaml");
        assertEquals(Main.SOLVER_FAILED, o.code(), o.err());
        assertTrue(o.err().startsWith("solver failure: "), o.err());
        assertTrue(o.err().contains("cg"), o.err());
        assertTrue(wroteNothing());
    }

    @Test
    void badOverrideAndBadDeviceAreInputErrors() throws Exception {
        Outcome o = runCase("base.yaml", "--set", "mesh.rectangel.cells=[2, 2]");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("--set mesh.rectangel.cells"), o.err());
        Outcome d = run("run", resource("base.yaml").toString(), "--device", "gpu:7", "--out",
                tmp.resolve("d").toString());
        assertEquals(Main.BAD_INPUT, d.code(), d.err());
        assertFalse(d.err().isBlank());
    }

    @Test
    void helpAndVersionWork() {
        Outcome v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("interphase "), v.out());
        for (String cmd : new String[] {"run", "mesh", "devices", "bench", "sweep", "analyze"}) {
            Outcome h = run(cmd, "--help");
            assertEquals(0, h.code(), cmd);
            assertTrue(h.out().contains("Usage: interphase " + cmd), cmd + ": " + h.out());
        }
        String sweep = run("sweep", "--help").out();
        for (String option : new String[] {"--vary", "--jobs", "--out", "--plot"}) {
            assertTrue(sweep.contains(option), option + " missing from: " + sweep);
        }
        String analyze = run("analyze", "--help").out();
        assertTrue(analyze.contains("transient") && analyze.contains("series"), analyze);
        for (String sub : new String[] {"transient", "series"}) {
            Outcome h = run("analyze", sub, "--help");
            assertEquals(0, h.code(), sub);
            assertTrue(h.out().contains("Usage: interphase analyze " + sub), sub + ": " + h.out());
        }
    }
}
