package org.interphase.kernels;

import static org.junit.jupiter.api.Assertions.fail;

import org.interphase.kernels.opencl.OpenClDevice;
import org.junit.jupiter.api.Assumptions;

/**
 * Gives OpenCL tests their device: skips the test with the reason when no OpenCL device with fp64
 * exists, and fails it instead when the environment variable {@code REQUIRE_OPENCL=1} is set (as CI
 * does), so the OpenCL twins are never skipped silently.
 */
public final class RequireOpenCl {

    /** The environment variable that turns a skip into a failure. */
    public static final String ENV = "REQUIRE_OPENCL";

    private RequireOpenCl() {
    }

    /** @return whether the environment demands OpenCL. */
    public static boolean required() {
        return "1".equals(System.getenv(ENV));
    }

    /** @return the default OpenCL device ("opencl"); the caller closes it. Skips or fails without one. */
    public static OpenClDevice device() {
        try {
            return (OpenClDevice) Devices.open("opencl").device();
        } catch (DeviceException e) {
            if (e.reason() != DeviceException.Reason.NO_OPENCL && e.reason() != DeviceException.Reason.NO_FP64) {
                throw e;
            }
            if (required()) {
                fail(ENV + "=1 but no OpenCL device is usable: " + e.getMessage(), e);
            }
            Assumptions.abort("no OpenCL device with fp64: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}
