package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.kernels.DeviceException;
import org.interphase.kernels.DeviceInfo;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.Devices;
import org.jocl.CL;
import org.jocl.CLException;
import org.junit.jupiter.api.Test;

/** The OpenCL failures we can provoke give clear exceptions, never a crash or a wrong number. */
class OpenClFailureTest extends OpenClTestBase {


    @Test
    void aBrokenProgramReportsItsBuildLog() {
        String source = "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n"
                + "__kernel void broken(__global double* x) { x[0] = undeclared_thing; }\n";
        DeviceException e = assertThrows(DeviceException.class,
                () -> ClProgram.build(cl, "broken.cl", source, "-D UNUSED=1"));
        assertEquals(DeviceException.Reason.BUILD_FAILED, e.reason());
        assertTrue(e.getMessage().startsWith("the OpenCL program broken.cl (options '-D UNUSED=1') did not build on "
                + cl.name()), e.getMessage());
        assertTrue(e.getMessage().contains("undeclared_thing"), "the build log names the error: " + e.getMessage());
    }

    @Test
    void buildOptionsDefineConstants() {
        String source = "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n"
                + "__kernel void put(__global double* x) { x[get_global_id(0)] = VALUE; }\n";
        try (ClProgram p = ClProgram.build(cl, "put.cl", source, "-D VALUE=2.5"); DeviceVector v = cl.vector(3)) {
            ClKernel k = p.kernel("put");
            k.arg(0, cl.mem(v)).launch(3, 1);
            assertEquals(2.5, v.toArray()[2], 0.0);
        }
    }

    @Test
    void anAbsurdAllocationSaysWhatWasAskedAndWhatTheDeviceHas() {
        DeviceException e = assertThrows(DeviceException.class, () -> cl.vector(Integer.MAX_VALUE));
        assertEquals(DeviceException.Reason.ALLOCATION_FAILED, e.reason());
        DeviceInfo info = cl.info();
        assertEquals("cannot allocate a vector of 2147483647 doubles (17179869176 bytes) on " + cl.name()
                + ": its largest single buffer is " + info.maxAllocBytes() + " bytes and its global memory "
                + info.globalMemBytes() + " bytes; use a smaller problem or a device with more memory",
                e.getMessage());
    }

    @Test
    void outOfMemoryStatusesBecomeAllocationFailures() {
        DeviceException e = cl.failure("allocating a test buffer",
                new CLException("CL_MEM_OBJECT_ALLOCATION_FAILURE", CL.CL_MEM_OBJECT_ALLOCATION_FAILURE), 1024);
        assertEquals(DeviceException.Reason.ALLOCATION_FAILED, e.reason());
        assertTrue(e.getMessage().startsWith("allocating a test buffer failed on " + cl.name()
                + " with CL_MEM_OBJECT_ALLOCATION_FAILURE (1024 bytes asked): the device has "), e.getMessage());
        DeviceException other = cl.failure("running x", new CLException("CL_INVALID_VALUE", CL.CL_INVALID_VALUE), 0);
        assertEquals(DeviceException.Reason.CL_ERROR, other.reason());
        assertEquals("running x failed on " + cl.name() + " with CL_INVALID_VALUE", other.getMessage());
    }

    @Test
    void aDeviceWithoutFp64IsRefused() {
        DeviceInfo noFp64 = new DeviceInfo(0, 3, "p", "tiny gpu", "v", "OpenCL 1.2", "OpenCL C 1.2", "GPU", false,
                false, 1 << 30, 1 << 28, 1 << 15, 4, 256);
        DeviceException e = assertThrows(DeviceException.class, () -> OpenClDevice.requireFp64(noFp64));
        assertEquals(DeviceException.Reason.NO_FP64, e.reason());
        assertEquals("OpenCL device opencl:0:3 (tiny gpu) has no double precision (cl_khr_fp64), which every "
                + "Interphase kernel needs; choose another device ('interphase devices' lists them) or --device cpu",
                e.getMessage());
        assertTrue(OpenClPlatforms.hasFp64("cl_khr_icd cl_khr_fp64"));
        assertTrue(!OpenClPlatforms.hasFp64("cl_khr_icd cl_khr_fp64x cl_amd_fp64"));
    }

    @Test
    void badPlatformAndDeviceIndicesAreReported() {
        DeviceException e = assertThrows(DeviceException.class, () -> Devices.open("opencl:7:0"));
        assertEquals(DeviceException.Reason.BAD_SPEC, e.reason());
        assertTrue(e.getMessage().startsWith("OpenCL platform 7 does not exist: this machine has "), e.getMessage());
        e = assertThrows(DeviceException.class, () -> Devices.open("opencl:0:99"));
        assertEquals(DeviceException.Reason.BAD_SPEC, e.reason());
        assertTrue(e.getMessage().contains(" has no device 99: it has "), e.getMessage());
    }

    @Test
    void useAfterCloseIsAnError() {
        DeviceVector v = cl.vector(4);
        v.close();
        v.close();
        assertThrows(IllegalStateException.class, () -> v.fill(1.0));
    }
}
