package org.interphase.physics.czm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interphase.cli.Main;
import org.interphase.core.InputException;
import org.interphase.core.SolverException;
import org.interphase.io.output.XdmfCheck;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.interphase.run.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code physics: cohesive} runner on a C1-like case: documented input errors name their key, a run
 * writes the interface fields (damage, opening, traction against the closed-form softening branch), a run
 * that cannot finish writes its last converged state (with and without fields) and fails with the
 * numerical-failure kind, and a sweep records a failed point without stopping.
 */
class CohesiveCaseTest {

    /** Two stiff blocks with the C1 interface, pulled up by 2.2 m (mode I to full separation). */
    private static final String BLOCKS = String.join("\n",
            "physics: cohesive",
            "mesh:",
            "  layers:",
            "    origin: [0 m, -1 m]",
            "    x: [{length: 1 m, cells: 1}]",
            "    stack:",
            "      - {region: lower, thickness: 1 m, cells: 1}",
            "      - {region: upper, thickness: 1 m, cells: 1}",
            "materials:",
            "  lower: {E: 1e12 Pa, nu: 0}",
            "  upper: {E: 1e12 Pa, nu: 0}",
            "interfaces:",
            "  bond: {facets: lower_upper, law: bilinear_mixed_mode, penalty: 100 Pa/m, normal_strength: 1 Pa,",
            "         shear_strength: 1 Pa, GIc: 1 J/m^2, GIIc: 2 J/m^2}",
            "boundary_conditions:",
            "  - {boundary: bottom, type: displacement, x: 0 m, y: 0 m}",
            "  - {boundary: top, type: displacement, x: 0 m, y: 2.2 m}",
            "loading:",
            "  control: displacement",
            "  steps: {initial: 0.001, min: 1e-8, max: 0.01}",
            "  newton: {rtol: 1e-12}",
            "output: {fields: false, force: {boundary: top, component: y}}",
            "");

    @TempDir
    Path tmp;

    private Path blocks() throws Exception {
        Path f = tmp.resolve("blocks.yaml");
        Files.writeString(f, BLOCKS, StandardCharsets.UTF_8);
        return f;
    }

    private String inputError(String... sets) throws Exception {
        Path f = blocks();
        InputException e = assertThrows(InputException.class, () -> {
            Runs.Configured c = Runs.configure(f, List.of(sets));
            ((CohesiveCase.CohesiveJob) c.job()).problem();
        });
        return e.getMessage();
    }

    @Test
    void documentedInputErrorsNameTheProblem() throws Exception {
        assertTrue(inputError("interfaces.bond.penalty=0.1 Pa/m").contains("too soft for the strengths"));
        assertTrue(inputError("interfaces.bond.law=exponential").contains("bilinear_mixed_mode"));
        assertTrue(inputError("interfaces.bond.facets=nowhere").contains("nowhere"));
        assertTrue(inputError("loading.path_following={method: dissipation}",
                "loading.history={time: [0, 1], factor: [0, 1]}").contains("cannot be combined"));
        assertTrue(inputError("loading.control=load").contains("nothing would be applied"));
        assertTrue(inputError("loading.steps={initial: 0.1, min: 0.2, max: 0.5}").contains("min <= initial"));
        assertTrue(inputError("interfaces.bond.penalty=100 m").contains("penalty"));
    }

    @Test
    void aRunThatCannotFinishWritesItsLastStateAndThrows() throws Exception {
        Path f = blocks();
        Runs.Configured c = Runs.configure(f, List.of("loading.steps.limit=3"));
        Path out = tmp.resolve("out");
        SolverException e = assertThrows(SolverException.class, () -> ((CohesiveCase.CohesiveJob) c.job()).run(
                new RunContext(out, "cpu", line -> { }, List.of("test"), f, c.caseFile().resolved())));
        assertTrue(e.getMessage().contains("loading.steps.limit"), e.getMessage());
        List<String> steps = Files.readAllLines(out.resolve("steps.csv"));
        assertEquals(1 + 4, steps.size(), "header, the unloaded state and three steps");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("failed"));
        assertTrue(Files.exists(out.resolve("summary.csv")));
    }

    /** Pulled to 1.5 m: past the peak (delta_0 = N/K = 0.01 m), short of separation (delta_f = 2 G_Ic/N = 2 m). */
    @Test
    void aRunWritesTheInterfaceFields() throws Exception {
        Path f = blocks();
        Runs.Configured c = Runs.configure(f, List.of("boundary_conditions.1.y=1.5 m", "output.fields=true",
                "output.every=25"));
        Path out = tmp.resolve("fields");
        ((CohesiveCase.CohesiveJob) c.job()).run(new RunContext(out, "cpu", line -> { }, List.of("test"), f,
                c.caseFile().resolved()));
        List<XdmfCheck.Step> steps = XdmfCheck.check(out.resolve("interface.xdmf"));
        assertTrue(steps.size() >= 2, "several written steps, got " + steps.size());
        XdmfCheck.Step last = steps.get(steps.size() - 1);
        assertEquals(1.0, last.time(), 1e-12, "the last step is written, at load factor 1");
        assertEquals(2, last.points(), "one LINE2 facet: two minus-side nodes");
        assertEquals(1, last.cells());
        assertEquals(List.of("region", "damage", "opening_normal", "opening_shear", "traction_normal",
                "traction_shear", "opening", "cell_damage"), List.copyOf(last.attributes().keySet()));
        double delta0 = 0.01;
        double deltaF = 2.0;
        double previous = 0;
        for (XdmfCheck.Step step : steps) {
            try (HdfFile h5 = new HdfFile(out.resolve(step.attributes().get("damage").file()))) {
                double[] d = (double[]) h5.getDatasetByPath("damage").getData();
                double[] on = (double[]) h5.getDatasetByPath("opening_normal").getData();
                double[] os = (double[]) h5.getDatasetByPath("opening_shear").getData();
                double[] tn = (double[]) h5.getDatasetByPath("traction_normal").getData();
                double[][] opening = (double[][]) h5.getDatasetByPath("opening").getData();
                double[] cell = (double[]) h5.getDatasetByPath("cell_damage").getData();
                assertArrayEquals(new int[] {2, 3}, h5.getDatasetByPath("opening").getDimensions());
                assertEquals(1, cell.length);
                for (int p = 0; p < 2; p++) {
                    assertTrue(d[p] >= 0 && d[p] <= 1, "damage in [0, 1]: " + d[p]);
                    assertTrue(d[p] >= previous, "damage never decreases");
                    assertEquals(1.5 * step.time(), on[p], 1e-9, "stiff blocks: the opening is the applied "
                            + "displacement, 1.5 m times the load factor (the series' time)");
                    assertEquals(on[p], opening[p][1], 1e-12, "normal opening = y of the opening vector");
                    assertEquals(0.0, os[p], 1e-12, "mode I");
                    double t = on[p] <= delta0 ? 100 * on[p] : (deltaF - on[p]) / (deltaF - delta0);
                    assertEquals(t, tn[p], 1e-8, "bilinear law, N = 1 Pa, K = 100 Pa/m, at " + on[p] + " m");
                    assertEquals(tn[p], (1 - d[p]) * 100 * on[p], 1e-8, "t = (1 - d) K delta");
                }
                assertEquals(d[0], cell[0], 1e-12, "uniform damage along the facet");
                previous = d[0];
            }
        }
        assertTrue(previous > 0.99 && previous < 1, "nearly separated at 1.5 m: d = " + previous);
        assertEquals(steps.size(), XdmfCheck.check(out.resolve("cohesive.xdmf")).size());
    }

    @Test
    void aFailedRunWithFieldsWritesItsLastConvergedStateAndExitsThree() throws Exception {
        Path f = blocks();
        Path out = tmp.resolve("failed");
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("run", f.toString(), "--device", "cpu", "--quiet", "--out", out.toString(), "--set",
                "loading.steps.limit=3", "--set", "output.fields=true", "--set", "output.every=2");
        assertEquals(Main.SOLVER_FAILED, code, err.toString());
        assertTrue(err.toString().startsWith("solver failure: ") && err.toString().contains("loading.steps.limit"),
                err.toString());
        List<String> rows = Files.readAllLines(out.resolve("steps.csv"));
        assertEquals(1 + 4, rows.size(), "header, the unloaded state and three steps");
        double lastPath = Double.parseDouble(rows.get(4).split(",")[1]);
        for (String series : new String[] {"cohesive", "interface"}) {
            List<XdmfCheck.Step> steps = XdmfCheck.check(out.resolve(series + ".xdmf"));
            assertEquals(2, steps.size(), series + ": load step 2 (output.every) and 3, the last converged one");
            assertEquals(lastPath, steps.get(1).time(), 1e-12 * lastPath, series);
        }
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary files: " + names);
            assertEquals(List.of("cohesive.xdmf", "cohesive_000000.h5", "cohesive_000001.h5", "cohesive_mesh.h5",
                    "interface.xdmf", "interface_000000.h5", "interface_000001.h5", "interface_mesh.h5",
                    "manifest.json", "steps.csv", "summary.csv"), names);
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("failed"));
    }

    @Test
    void aSweepRecordsAFailedPointAndRunsTheRest() throws Exception {
        Path f = blocks();
        List<Sweep.Variable> vars = new ArrayList<>();
        vars.add(Sweep.Variable.parse("loading.steps.limit=2,1000"));
        vars.add(Sweep.Variable.parse("boundary_conditions.1.x+boundary_conditions.1.y=0 m+2.2 m,4.4 m+0 m"));
        List<Sweep.Outcome> o = Sweep.run(f, List.of(), vars, 2, tmp.resolve("sweep"), List.of("sweep"), line -> { });
        assertEquals(4, o.size());
        assertEquals("solver-failure", o.get(0).status());
        assertEquals("solver-failure", o.get(1).status());
        assertTrue(o.get(2).ok() && o.get(3).ok());
        assertEquals(1.0, Double.parseDouble(o.get(2).summary().get("dissipated_energy [J]")), 1e-3, "mode I: G_Ic");
        assertEquals(2.0, Double.parseDouble(o.get(3).summary().get("dissipated_energy [J]")), 2e-3, "mode II: G_IIc");
        List<String> rows = Files.readAllLines(tmp.resolve("sweep/summary.csv"));
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).startsWith("point,loading.steps.limit,boundary_conditions.1.x+boundary_conditions.1.y,"
                + "status"), rows.get(0));
        InputException bad = assertThrows(InputException.class, () -> Sweep.Variable.parse("a+b=1,2+3"));
        assertTrue(bad.getMessage().contains("needs 2 parts"), bad.getMessage());
    }
}
