package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.interphase.io.output.Field;
import org.interphase.io.output.Grid;
import org.interphase.io.output.XdmfSeriesWriter;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.interphase.physics.phasefield.analysis.SyntheticTransient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code interphase analyze}: found through the service file, runs both sub-commands, exits 2 on bad input. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    /** Exit status, standard output and standard error of one command line. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int status = cl.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void transientIsNormalizedAndClassified() throws IOException {
        double[][] tr = SyntheticTransient.generate(SyntheticTransient.Shape.PROGRESSIVE, 0.8, -12.0, 150, 3.0, 0.01,
                4);
        StringBuilder s = new StringBuilder("time [ms],current [mA/cm^2]\n");
        for (int k = 0; k < tr[0].length; k++) {
            s.append(String.format(Locale.ROOT, "%.6f,%.6f%n", 1e3 * tr[0][k], 0.1 * tr[1][k]));
        }
        Path csv = Files.writeString(dir.resolve("na.csv"), s);
        Path out = dir.resolve("out");
        Run r = run("analyze", "transient", csv.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("classification: 3D-progressive"), r.out());
        assertTrue(Files.size(out.resolve("na-sh.png")) > 0);
        List<String> lines = Files.readAllLines(out.resolve("na-sh.csv"));
        assertEquals("t/t_m,(i/i_m)^2,3D-instantaneous,3D-progressive,time [s],current [A/m^2]", lines.get(0));
        assertEquals(151, lines.size());
    }

    @Test
    void badTransientExitsWithStatus2AndNamesTheLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "time [s],current [A/m^2]\n1,2\n0.5,3\n");
        Run r = run("analyze", "transient", csv.toString(), "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, r.status());
        assertEquals("error: " + csv + " line 3: time 0.5 does not increase (line 2 has 1); sort the rows by time "
                + "and remove repeated times", r.err().strip());
    }

    @Test
    void seriesScalarsAreWritten() throws IOException {
        Mesh m = RectangleMesher.build(0, 0, 4e-6, 2e-6, 16, 8, 1, RectangleMesher.Diagonal.ALTERNATE);
        Path run = dir.resolve("run");
        try (XdmfSeriesWriter w = new XdmfSeriesWriter(run, "volume", Grid.of(m))) {
            for (int k = 0; k < 3; k++) {
                double h = (0.5 + 0.1 * k) * 1e-6;
                double[] xi = new double[m.nodeCount()];
                for (int i = 0; i < xi.length; i++) {
                    xi[i] = 0.5 - (m.x(i, 1) - h) / 2e-6;
                }
                w.writeStep(k, List.of(Field.point("xi", 1, xi)));
            }
        }
        Run r = run("analyze", "series", run.toString(), "--metal", "li", "--sample", "xi", "--line",
                "0,1 um,4 um,1 um");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("interphase: analysing series 'volume'"), r.out());
        assertTrue(Files.size(run.resolve("analysis").resolve("deposit.csv")) > 0);
        assertTrue(Files.size(run.resolve("analysis").resolve("xi-profile.csv")) > 0);
        Run bad = run("analyze", "series", run.toString(), "--axis", "z");
        assertEquals(Main.BAD_INPUT, bad.status());
        assertEquals("error: --axis z is not an axis of a 2D mesh; use x or y", bad.err().strip());
    }
}
