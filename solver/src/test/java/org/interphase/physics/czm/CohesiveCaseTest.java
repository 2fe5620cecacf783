package org.interphase.physics.czm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interphase.core.InputException;
import org.interphase.core.SolverException;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.interphase.run.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code physics: cohesive} runner on a C1-like case: documented input errors name their key, a run
 * that cannot finish writes its last converged state and throws, and a sweep records a failed point
 * without stopping.
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
