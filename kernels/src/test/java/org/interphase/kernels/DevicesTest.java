package org.interphase.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device strings, the INTERPHASE_DEVICE default, and the fallback when OpenCL is absent. */
class DevicesTest {

    @Test
    void theSpecWinsOverTheEnvironmentWhichWinsOverAuto() {
        assertEquals("auto", Devices.effectiveSpec(null, null));
        assertEquals("auto", Devices.effectiveSpec(" ", ""));
        assertEquals("opencl", Devices.effectiveSpec("", "OpenCL"));
        assertEquals("cpu", Devices.effectiveSpec(" CPU ", "opencl"));
        assertEquals("opencl:1:2", Devices.effectiveSpec(null, "opencl:1:2"));
    }

    @Test
    void cpuNeedsNoOpenCl() {
        OpenedDevice o = Devices.open("cpu", "opencl:9:9");
        assertInstanceOf(CpuDevice.class, o.device());
        assertTrue(o.notice().isEmpty());
        assertInstanceOf(CpuDevice.class, Devices.open(null, "cpu").device());
        assertFalse(o.device().isAccelerator());
    }

    @Test
    void malformedSpecsAreRejectedWithTheValidForms() {
        for (String bad : new String[] {"gpu", "opencl:", "opencl:0", "opencl:a:b", "opencl:-1:0", "opencl:0:0:0",
            "cuda"}) {
            DeviceException e = assertThrows(DeviceException.class, () -> Devices.open(bad, null), bad);
            assertEquals(DeviceException.Reason.BAD_SPEC, e.reason());
            assertEquals("unknown device '" + bad + "': use cpu, opencl, opencl:<platform>:<device> with indices "
                    + "from 0, or auto ('interphase devices' lists the OpenCL devices)", e.getMessage());
        }
    }

    @Test
    void listNamesEveryOpenClDevice() {
        RequireOpenCl.device().close();
        List<DeviceInfo> all = Devices.list();
        assertFalse(all.isEmpty());
        DeviceInfo first = all.get(0);
        assertEquals("opencl:0:0", first.spec());
        assertTrue(first.globalMemBytes() > 0 && first.maxAllocBytes() > 0 && first.computeUnits() > 0
                && first.maxWorkGroupSize() > 0, first.summary());
        assertTrue(Devices.openClProblem().isEmpty());
        OpenedDevice o = Devices.open("auto", null);
        assertTrue(o.notice().isEmpty());
        assertTrue(o.device().name().startsWith("opencl:"));
        o.device().close();
    }

    /** Runs {@link DevicesProbe} in a JVM whose OpenCL ICD loader finds no vendor (ocl-icd's OCL_ICD_VENDORS). */
    private static String probeWithoutOpenCl(Path emptyVendors, String... args) throws IOException,
            InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), DevicesProbe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OCL_ICD_VENDORS", emptyVendors.toString());
        pb.environment().remove(Devices.ENV);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void withoutOpenClTheDefaultFallsBackToCpuButAnExplicitRequestFails(@TempDir Path empty) throws Exception {
        RequireOpenCl.device().close();
        String fallback = probeWithoutOpenCl(empty);
        assertTrue(fallback.startsWith("device=cpu notice=OpenCL not available (no OpenCL platform is installed"),
                fallback);
        assertTrue(fallback.endsWith("or your GPU vendor's driver); using the cpu device"), fallback);
        String explicit = probeWithoutOpenCl(empty, "opencl");
        assertTrue(explicit.startsWith("error=NO_OPENCL message=no OpenCL platform is installed"), explicit);
        assertTrue(explicit.contains("'apt-get install pocl-opencl-icd ocl-icd-opencl-dev'"), explicit);
        assertEquals(explicit, probeWithoutOpenCl(empty, "opencl:0:0"));
        assertTrue(Files.isDirectory(empty));
    }
}
