package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interphase.kernels.Devices;
import org.interphase.physics.phasefield.PhaseFieldJob;
import org.interphase.physics.phasefield.PhaseFieldResult;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-case parity of the phase-field device paths: the explicit Allen-Cahn run (PFHub BM7a) and the
 * semi-implicit electrodeposition run (the 2D bump) give the same fields on the cpu and OpenCL devices.
 * Skips when no OpenCL device exists, fails instead when REQUIRE_OPENCL=1.
 */
class PhaseFieldDeviceParityTest {

    /** Element-wise kernels mirror the twin; the PCG reductions add in another order. */
    private static final double PARITY = 1e-9;

    @TempDir
    Path tmp;

    private static void requireOpenCl() {
        if (Devices.list().stream().noneMatch(d -> d.fp64())) {
            String why = Devices.openClProblem().orElse("no OpenCL device with fp64");
            if ("1".equals(System.getenv("REQUIRE_OPENCL"))) {
                fail("REQUIRE_OPENCL=1 but OpenCL is not usable: " + why);
            }
            Assumptions.abort("OpenCL not available: " + why);
        }
    }

    private PhaseFieldResult run(String caseFile, String device, List<String> sets) throws Exception {
        Path file = CasePaths.caseFile(caseFile);
        List<String> all = new ArrayList<>(sets);
        all.add("time.scheme=explicit");
        all.add("output.fields=false");
        Runs.Configured c = Runs.configure(file, all);
        RunContext rc = new RunContext(tmp.resolve(device + "-" + caseFile.hashCode()), device, line -> { },
                List.of("test"), file, c.caseFile().resolved());
        return ((PhaseFieldJob) c.job()).run(rc);
    }

    @Test
    void explicitRunsAgreeOnCpuAndOpenCl() throws Exception {
        requireOpenCl();
        String[][] cases = {
            {"verification/pfhub-bm7a.yaml", "mesh.rectangle.cells=[32, 16]", "time.end=1"},
            {"phasefield-planar/bump-2d.yaml", "mesh.rectangle.cells=[40, 20]", "time.end=10 ms"},
        };
        for (String[] c : cases) {
            List<String> sets = List.of(c[1], c[2], "time.adapt=none");
            PhaseFieldResult cpu = run(c[0], "cpu", sets);
            PhaseFieldResult cl = run(c[0], "opencl", sets);
            assertEquals(cpu.steps(), cl.steps(), c[0]);
            double[] a = cpu.nodal();
            double[] b = cl.nodal();
            int nf = cpu.fields().size();
            for (int f = 0; f < nf; f++) {
                double d = 0;
                double n = 0;
                for (int i = f; i < a.length; i += nf) {
                    d = Math.max(d, Math.abs(a[i] - b[i]));
                    n = Math.max(n, Math.abs(a[i]));
                }
                assertTrue(d <= PARITY * n, c[0] + ": field " + cpu.fields().get(f) + " differs by " + d / n);
            }
        }
    }
}
