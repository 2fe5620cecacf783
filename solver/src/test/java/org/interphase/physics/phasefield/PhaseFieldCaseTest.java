package org.interphase.physics.phasefield;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interphase.core.InputException;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phasefield case runner: every documented input error, and runs that repeat bit for bit. */
class PhaseFieldCaseTest {

    @TempDir
    Path dir;

    /** A small valid electrodeposition case; tests replace one line. */
    private static final String BASE = String.join("\n",
            "physics: phasefield",
            "model: electrodeposition",
            "electrode: left",
            "mesh:",
            "  rectangle: {origin: [0 um, 0 um], size: [4 um, 2 um], cells: [16, 8]}",
            "materials:",
            "  domain: {preset: Li}",
            "initial_conditions:",
            "  phase:",
            "    shapes:",
            "      - {shape: half_space, normal: [1, 0], position: 1 um}",
            "      - {shape: disk, center: [1 um, 1 um], radius: 0.5 um}",
            "  potential: {metal: -0.1 V, electrolyte: 0 V}",
            "boundary_conditions:",
            "  - {boundary: bottom, type: periodic, partner: top}",
            "  - {boundary: left, field: potential, type: value, value: -0.1 V}",
            "  - {boundary: right, field: potential, type: value, value: 0 V}",
            "  - {boundary: right, field: concentration, type: value, value: 1 mol/L}",
            "noise: {amplitude: 2 1/s, seed: 7}",
            "time: {scheme: bdf2, end: 3 ms, dt: 1 ms, adapt: none}",
            "output: {every: 1, fields: false}",
            "");

    private Path write(String text) throws Exception {
        Path f = Files.createTempFile(dir, "case", ".yaml");
        Files.writeString(f, text);
        return f;
    }

    private String configureError(String text, String... sets) throws Exception {
        Path f = write(text);
        InputException e = assertThrows(InputException.class, () -> Runs.configure(f, List.of(sets)));
        return e.getMessage();
    }

    private String prepareError(String text) throws Exception {
        PhaseFieldJob job = (PhaseFieldJob) Runs.configure(write(text), List.of()).job();
        return assertThrows(InputException.class, job::prepare).getMessage();
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "message <" + message + "> lacks <" + p + ">");
        }
    }

    @Test
    void theBaseCaseIsValid() throws Exception {
        assertTrue(Runs.configure(write(BASE), List.of()).job() instanceof PhaseFieldJob);
    }

    @Test
    void inputErrorsNameTheKeyAndTheLine() throws Exception {
        contains(configureError(BASE.replace("{preset: Li}", "{preset: Li, mobilty: 1}")), ":7:",
                "materials.domain.mobilty", "unknown key", "did you mean 'mobility'");
        contains(configureError(BASE.replace("{preset: Li}", "{preset: Li, interface_energy: 1 J/m^2, "
                + "barrier_height: 1 MPa}")), "materials.domain", "give either interface_energy and interface_width or "
                + "barrier_height and gradient_coefficient, not both");
        contains(configureError(BASE.replace("{preset: Li}", "{preset: Li, anisotropy_strength: 0.25}")),
                "anisotropy_strength", "non-convex");
        contains(configureError(BASE.replace("{preset: Li}", "{preset: Li, electrolyte_diffusivity: 1 S/m}")),
                "electrolyte_diffusivity", "a diffusivity");
        contains(configureError(BASE.replace("{preset: Li}", "{barrier_height: 1 MPa}")), "missing",
                "gradient_coefficient");
        contains(configureError(BASE.replace("type: value, value: -0.1 V}", "type: current, value: 1 mA/cm^2}")
                .replace("field: potential, type: value, value: 0 V}",
                        "field: potential, type: current, value: 1 A/m^2}")),
                "boundary_conditions", "at most one boundary may carry the applied current");
        contains(configureError(BASE.replace("  - {boundary: left, field: potential, type: value, value: -0.1 V}\n", "")
                .replace("  - {boundary: right, field: potential, type: value, value: 0 V}\n", "")),
                "the potential needs a value or a current condition");
        contains(configureError(BASE.replace("field: concentration, type: value, value: 1 mol/L",
                "field: phase, type: flux, value: 1 mol/L")), "boundary_conditions.3.value", "a velocity");
        contains(configureError(BASE.replace("field: concentration, type: value, value: 1 mol/L",
                "field: concentration, type: current, value: 1 A/m^2")), "boundary_conditions.3.type",
                "an applied current is a condition on the potential");
        contains(configureError(BASE, "time.dt=1 s"), "time", "dt <= end");
        contains(configureError(BASE.replace("noise: {amplitude: 2 1/s, seed: 7}", "noise: {amplitude: 2 V}")),
                "noise.amplitude", "a rate");
    }

    @Test
    void studyKeysRejectBadInput() throws Exception {
        contains(configureError(BASE
                + "surface_diffusion: {mobility: 1e-30 m^5/(J*s), damkohler: 1, wavelength: 2 um}\n"),
                "surface_diffusion", "give either mobility (M_s) or damkohler with wavelength, not both or neither");
        contains(configureError(BASE + "surface_diffusion: {damkohler: -1, wavelength: 2 um}\n"),
                "surface_diffusion.damkohler", "must be positive");
        contains(configureError(BASE + "surface_diffusion: {damkohler: 1, wavelength: 2 um}\n",
                "time.scheme=explicit"), "surface_diffusion", "needs the implicit schemes");
        contains(prepareError(BASE + "surface_diffusion: {damkohler: 1, wavelength: 2 um}\n"),
                "a Damkohler number needs the front speed it refers to");
        contains(configureError(BASE.replace("electrode: left\n", "") + "stop: {charge: 0.1 mAh/cm^2}\n"),
                "stop.charge", "needs the electrodeposition model and an electrode");
        contains(configureError(BASE + "stop: {charge: 0.1 V}\n"), "stop.charge");
        contains(configureError(BASE + "regions:\n  - {region: sei, min: [2 um, 0 um], max: [1 um, 2 um]}\n"),
                "regions.0.max", "max must exceed min");
        contains(configureError(BASE + "transport: upwind\n"), "transport", "edge_averaged", "galerkin");
        contains(prepareError(BASE.replace("cells: [16, 8]}", "cells: [16, 8]}\n  order: 2")
                + "transport: edge_averaged\n"), "edge-averaged transport needs linear elements");
    }

    @Test
    void meshErrorsNameTheRegionOrBoundary() throws Exception {
        contains(prepareError(BASE.replace("  domain: {preset: Li}", "  anode: {preset: Li}")),
                "region 'anode' is not in mesh", "it has regions [domain]");
        contains(prepareError(BASE.replace("{boundary: right, field: potential",
                "{boundary: counter, field: potential")),
                "boundary 'counter' is not in mesh");
        contains(prepareError(BASE.replace("electrode: left", "electrode: anode")), "electrode: boundary 'anode'");
    }

    @Test
    void theExplicitSchemeNeedsLinearCells() throws Exception {
        PhaseFieldJob job = (PhaseFieldJob) Runs.configure(write(BASE.replace("cells: [16, 8]}", "cells: [16, 8]}\n"
                + "  order: 2")), List.of("time.scheme=explicit")).job();
        InputException e = assertThrows(InputException.class, () -> job.run(context("explicit")));
        contains(e.getMessage(), "explicit scheme of the electrodeposition model needs linear cells");
    }

    private RunContext context(String name) throws Exception {
        return new RunContext(Files.createDirectories(dir.resolve(name)), "cpu", line -> { }, List.of("test"), null,
                java.util.Map.of());
    }

    @Test
    void theSameSeedRepeatsTheRunBitForBit() throws Exception {
        Path f = write(BASE);
        double[][] runs = new double[3][];
        String[] seeds = {"7", "7", "8"};
        for (int k = 0; k < 3; k++) {
            PhaseFieldJob job = (PhaseFieldJob) Runs.configure(f, List.of("noise.seed=" + seeds[k])).job();
            runs[k] = job.run(context("run" + k)).nodal();
        }
        assertArrayEquals(runs[0], runs[1], 0.0, "same seed, same numbers");
        assertFalse(java.util.Arrays.equals(runs[0], runs[2]), "another seed gives another run");
    }
}
