package org.interphase.kernels.opencl;

import org.interphase.kernels.RequireOpenCl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Opens the OpenCL device once per test class ({@link RequireOpenCl}: skip, or fail under REQUIRE_OPENCL=1). */
abstract class OpenClTestBase {

    /** The device of the running test class. */
    static OpenClDevice cl;

    @BeforeAll
    static void openDevice() {
        cl = RequireOpenCl.device();
    }

    @AfterAll
    static void closeDevice() {
        if (cl != null) {
            cl.close();
            cl = null;
        }
    }
}
